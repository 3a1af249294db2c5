import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

export interface TempPrismaDir {
  schemaPath: string;
  migrationsDir: string;
  /** Rewrites the copied schema, e.g. to add a model no migration captures yet. */
  editSchema(edit: (schema: string) => string): Promise<void>;
  remove(): Promise<void>;
}

/** A throwaway copy of the repo's prisma/schema.prisma and prisma/migrations, for tests that change them. */
export async function copyPrismaDir(sourceDir = "prisma"): Promise<TempPrismaDir> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "cotiza-prisma-"));
  const schemaPath = path.join(dir, "schema.prisma");
  const migrationsDir = path.join(dir, "migrations");
  await cp(path.join(sourceDir, "schema.prisma"), schemaPath);
  await cp(path.join(sourceDir, "migrations"), migrationsDir, { recursive: true });
  return {
    schemaPath,
    migrationsDir,
    async editSchema(edit) {
      const before = await readFile(schemaPath, "utf8");
      const after = edit(before);
      if (after === before) throw new Error("editSchema: the edit changed nothing");
      await writeFile(schemaPath, after, "utf8");
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
