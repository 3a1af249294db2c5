// Creates (or updates) a user for a real deployment:
//   npm run user:create -- --email ana@example.mx --name "Ana Pérez" --role ADMIN
// The password is read from the COTIZA_NEW_PASSWORD variable or typed at the prompt, never an argument.
import { createInterface } from "node:readline/promises";
import { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { z } from "zod";
import { newPasswordSchema } from "@/lib/auth/password-policy";
import { upsertUser } from "@/lib/auth/users";
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
  process.stdout.write("Password (not shown): ");
  // readline echoes what is typed through its output stream: a silent one keeps the password off
  // the screen and out of terminal recordings.
  const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
  const prompt = createInterface({ input: process.stdin, output: silent, terminal: true });
  const answer = await prompt.question("");
  prompt.close();
  process.stdout.write("\n");
  return answer;
}

const password = newPasswordSchema.safeParse(await readPassword());
if (!password.success) {
  console.error(`The password is not accepted: ${password.error.issues[0]?.message}`);
  process.exit(2);
}
const user = await upsertUser({ ...input.data, password: password.data });
console.log(`cotiza: ${user.email} can now sign in as ${user.role}.`);
await db().$disconnect();
