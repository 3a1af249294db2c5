// Seeds the demo accounts (idempotent). Run through `npm run db:seed`, which sets DATABASE_URL.
import { upsertUser } from "@/lib/data/users";
import { db } from "@/lib/db";
import { DEMO_USERS } from "@/lib/demo/users";
import { isLocalDatabase } from "@/lib/database-url";
import { requireEnv } from "@/lib/env";

if (!isLocalDatabase(requireEnv("DATABASE_URL")) && !process.argv.includes("--allow-remote")) {
  console.error(
    "cotiza: refusing to seed demo accounts into a non-local database (pass --allow-remote to insist).",
  );
  process.exit(1);
}

for (const user of DEMO_USERS) {
  await upsertUser(user);
}
console.log(
  `cotiza: seeded ${DEMO_USERS.length} demo accounts (${DEMO_USERS.map((u) => u.email).join(", ")})`,
);
await db().$disconnect();
