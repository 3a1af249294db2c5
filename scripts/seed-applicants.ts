// Connects the demo applicants (scripts/demo/applicants.ts) through Cotiza's own connect path against
// the Belvo emulator, as the demo underwriter. Idempotent: references already present are skipped.
// scripts/serve.mjs --seed-applicants runs it once the emulator is up, with the app's clock set
// two weeks back, so the demo applicants were connected then and the recurrent one has news.
import { belvoClientFromEnv } from "@/lib/belvo";
import { db } from "@/lib/db";
import { seedDemoApplicants } from "@/scripts/demo/seed-applicants";
import { DEMO_USERS } from "@/scripts/demo/users";
import { env } from "@/lib/env";
import { refuseRemoteDatabase } from "./lib/refuse-remote";

refuseRemoteDatabase("demo applicants");
const { BELVO_ENV, BELVO_BASE_URL } = env();
if (BELVO_ENV !== "emulator" || !BELVO_BASE_URL) {
  console.error("cotiza: demo applicants are Belvo emulator personas; start the emulator first.");
  process.exit(1);
}
const underwriter = DEMO_USERS.find((user) => user.role === "UNDERWRITER");
const user = await db().user.findUnique({
  where: { email: underwriter?.email ?? "" },
  select: { id: true, email: true, name: true, role: true },
});
if (!user) {
  console.error("cotiza: the demo underwriter is missing; seed the demo accounts first.");
  process.exit(1);
}
const { created, existing } = await seedDemoApplicants({
  user,
  client: belvoClientFromEnv(),
  emulatorUrl: BELVO_BASE_URL,
});
console.log(
  `cotiza: demo applicants ready (${created.length} connected, ${existing.length} already there)`,
);
await db().$disconnect();
