import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type ScratchDatabase, createScratchDatabase } from "../../lib/testing/scratch-database";
import { describeColumns } from "../../lib/testing/sql";
import { type TempPrismaDir, copyPrismaDir } from "../../lib/testing/temp-prisma-dir";
import { checkDrift, createAndApplyMigration, deployMigrations, migrationStatus } from "./index";

const addNickname = (schema: string) =>
  schema.replace(/model User \{\n/, "model User {\n  nickname String?\n");

// Generous: each dev run boots up to three in-memory PGlite shadows, seconds each when cold.
describe("createAndApplyMigration (dev)", { timeout: 90_000 }, () => {
  let scratch: ScratchDatabase;
  let copy: TempPrismaDir;
  beforeEach(async () => {
    scratch = await createScratchDatabase();
    copy = await copyPrismaDir();
  });
  afterEach(async () => {
    await scratch.drop();
    await copy.remove();
  });
  const options = () => ({
    databaseUrl: scratch.url,
    schemaPath: copy.schemaPath,
    migrationsDir: copy.migrationsDir,
  });

  it("writes a Prisma Migrate folder for a schema change and applies it", async () => {
    const before = await readdir(copy.migrationsDir);
    await copy.editSchema(addNickname);
    const result = await createAndApplyMigration({ ...options(), name: "Add nickname" });

    expect(result.created).toMatch(/^\d{14}_add_nickname$/);
    const created = result.created ?? "";
    expect([...before.filter((name) => name !== "migration_lock.toml"), created].sort()).toEqual(
      (await readdir(copy.migrationsDir)).filter((name) => name !== "migration_lock.toml"),
    );
    const script = await readFile(path.join(copy.migrationsDir, created, "migration.sql"), "utf8");
    expect(script).toMatch(/ALTER TABLE "users" ADD COLUMN\s+"nickname" TEXT/);
    const lockfile = await readFile(path.join(copy.migrationsDir, "migration_lock.toml"), "utf8");
    expect(lockfile).toContain('provider = "postgresql"');
    expect(result.applied.at(-1)).toBe(created);
    expect(await describeColumns(scratch.url)).toContainEqual(
      expect.stringMatching(/^users nickname text YES/),
    );

    const status = await migrationStatus(options());
    expect(status.pending).toEqual([]);
    expect(await checkDrift(options())).toMatchObject({ drift: false });
  });

  it("creates only, then the new migration applies with deploy", async () => {
    await copy.editSchema(addNickname);
    const result = await createAndApplyMigration({
      ...options(),
      name: "nickname",
      createOnly: true,
    });
    expect(result.created).toMatch(/^\d{14}_nickname$/);
    expect(result.applied.length).toBeGreaterThan(0);
    expect(result.applied).not.toContain(result.created);
    expect((await migrationStatus(options())).pending).toEqual([result.created]);

    const { applied } = await deployMigrations(options());
    expect(applied).toEqual([result.created]);
    expect(await describeColumns(scratch.url)).toContainEqual(
      expect.stringMatching(/^users nickname text YES/),
    );
  });

  it("creates nothing when the schema is unchanged", async () => {
    const result = await createAndApplyMigration({ ...options(), name: "noop" });
    expect(result.created).toBeNull();
    expect((await migrationStatus(options())).pending).toEqual([]);
  });
});
