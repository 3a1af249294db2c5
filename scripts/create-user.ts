// Creates (or updates) a user for a real deployment:
//   npm run user:create -- --email ana@example.mx --name "Ana Pérez" --role ADMIN
// The password is read from the COTIZA_NEW_PASSWORD variable or typed at the prompt, never an argument.
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { z } from "zod";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { upsertUser } from "@/lib/data/users";
import { db } from "@/lib/db";

const { values } = parseArgs({
  options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string" } },
});
const input = z
  .object({
    email: z.email("--email must be an email address"),
    name: z.string().trim().min(1, "--name is required"),
    role: z.enum(
      ["UNDERWRITER", "TEAM_LEAD", "ADMIN"],
      "--role must be UNDERWRITER, TEAM_LEAD or ADMIN",
    ),
  })
  .safeParse(values);
if (!input.success) {
  console.error(input.error.issues.map((issue) => issue.message).join("\n"));
  process.exit(2);
}

async function readPassword(): Promise<string> {
  const fromEnv = process.env.COTIZA_NEW_PASSWORD;
  if (fromEnv) return fromEnv;
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await prompt.question("Password: ");
  prompt.close();
  return answer;
}

const password = await readPassword();
if (password.length < MIN_PASSWORD_LENGTH) {
  console.error(`The password must have at least ${MIN_PASSWORD_LENGTH} characters.`);
  process.exit(2);
}
const user = await upsertUser({ ...input.data, password });
console.log(`cotiza: ${user.email} can now sign in as ${user.role}.`);
await db().$disconnect();
