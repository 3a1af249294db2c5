import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type ScratchDatabase, createScratchDatabase } from "../../lib/testing/scratch-database";
import { type TempPrismaDir, copyPrismaDir } from "../../lib/testing/temp-prisma-dir";
import { checkDrift } from "./index";

// Generous: a cold in-memory PGlite shadow takes seconds on a busy 2-core machine.
describe("checkDrift", { timeout: 90_000 }, () => {
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

  it("passes when the repo's migrations produce exactly its schema", async () => {
    const report = await checkDrift({ databaseUrl: scratch.url });
    expect(report).toEqual({ drift: false, summary: expect.any(String) });
  });

  it("fails on a model that no migration creates, and names it", async () => {
    await copy.editSchema(
      (schema) => `${schema}\nmodel DriftProbe {\n  id   Int    @id\n  note String\n}\n`,
    );
    const report = await checkDrift(options());
    expect(report.drift).toBe(true);
    expect(report.summary).toContain("DriftProbe");
  });

  it("fails on a field that no migration adds, and names it", async () => {
    await copy.editSchema((schema) =>
      schema.replace(/model User \{\n/, "model User {\n  driftProbe String?\n"),
    );
    const report = await checkDrift(options());
    expect(report.drift).toBe(true);
    expect(report.summary).toContain("driftProbe");
  });
});
