// Seeds the demo accounts (idempotent). Run through `npm run db:seed`, which sets DATABASE_URL.
import { upsertUser } from "@/lib/auth/users";
import { db } from "@/lib/db";
import { DEMO_USERS } from "@/scripts/demo/users";
import { refuseRemoteDatabase } from "./lib/refuse-remote";

refuseRemoteDatabase("demo accounts");

for (const user of DEMO_USERS) {
  await upsertUser(user);
}
console.log(
  `cotiza: seeded ${DEMO_USERS.length} demo accounts (${DEMO_USERS.map((u) => u.email).join(", ")})`,
);
await db().$disconnect();
