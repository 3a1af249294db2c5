import { afterAll, beforeAll } from "vitest";
import { deployMigrations } from "@/scripts/migrate";
import { createScratchDatabase, type ScratchDatabase } from "./scratch-database";

type Disconnectable = () => { $disconnect(): Promise<void> };

/**
 * Gives a test file a migrated database of its own, for tests that change organization-wide state
 * (settings, the last admin, retention) that other files read while they run. `load` imports the
 * modules under test once DATABASE_URL names that database (the client reads it on first use) and
 * returns the `db` to disconnect at the end.
 */
export function withOwnDatabase(load: () => Promise<Disconnectable>): void {
  let scratch: ScratchDatabase | undefined;
  let db: Disconnectable | undefined;
  beforeAll(async () => {
    scratch = await createScratchDatabase();
    await deployMigrations({ databaseUrl: scratch.url });
    process.env.DATABASE_URL = scratch.url;
    db = await load();
  });
  afterAll(async () => {
    await db?.().$disconnect();
    await scratch?.drop();
  });
}
