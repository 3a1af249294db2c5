import { readdirSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type ScratchDatabase, createScratchDatabase } from "../../lib/testing/scratch-database";
import { describeColumns, selectRows } from "../../lib/testing/sql";
import { deployMigrations, migrationStatus } from "./index";

const repoMigrations = readdirSync("prisma/migrations", { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

// Generous: the first test of a worker pays for booting PGlite and the wasm engine.
describe("deployMigrations", { timeout: 90_000 }, () => {
  let scratch: ScratchDatabase;
  beforeEach(async () => {
    scratch = await createScratchDatabase();
  });
  afterEach(async () => {
    await scratch.drop();
  });

  it("applies every repo migration to an empty database", async () => {
    expect(repoMigrations.length).toBeGreaterThan(0);
    const { applied } = await deployMigrations({ databaseUrl: scratch.url });
    expect(applied).toEqual(repoMigrations);
    const [users] = await selectRows(
      scratch.url,
      "select to_regclass('public.users')::text as name",
    );
    expect(users?.name).toBe("users");
    const recorded = await selectRows(
      scratch.url,
      "select migration_name from _prisma_migrations where finished_at is not null order by migration_name",
    );
    expect(recorded.map((row) => row.migration_name)).toEqual(repoMigrations);
  });

  it("is idempotent: a second run applies nothing and changes no column", async () => {
    await deployMigrations({ databaseUrl: scratch.url });
    const before = await describeColumns(scratch.url);
    expect(before.length).toBeGreaterThan(0);
    const { applied } = await deployMigrations({ databaseUrl: scratch.url });
    expect(applied).toEqual([]);
    expect(await describeColumns(scratch.url)).toEqual(before);
  });

  it("status lists the migrations as pending before deploy and as applied after", async () => {
    const before = await migrationStatus({ databaseUrl: scratch.url });
    expect(before).toEqual({ applied: [], pending: repoMigrations, problems: [] });
    await deployMigrations({ databaseUrl: scratch.url });
    const after = await migrationStatus({ databaseUrl: scratch.url });
    expect(after).toEqual({ applied: repoMigrations, pending: [], problems: [] });
  });
});
