import { migrationNames } from "./migrations-dir";
import { type MigrateOptions, withSession } from "./session";

export interface MigrationStatus {
  /** Local migrations the database records as successfully applied, oldest first. */
  applied: string[];
  /** Local migrations the database has not applied yet, oldest first. */
  pending: string[];
  /** Anything `migrate deploy` or `migrate dev` would stop on (failed, edited or unknown migrations). */
  problems: string[];
}

/** `prisma migrate status`, as data. */
export async function migrationStatus(options: MigrateOptions): Promise<MigrationStatus> {
  return withSession(options, async (session) => {
    const migrationsList = await session.migrations();
    const local = migrationNames(migrationsList);
    const diagnosis = await session.call(
      session.engine.diagnoseMigrationHistory({
        migrationsList,
        optInToShadowDatabase: false,
        filters: session.filters,
      }),
    );
    const problems: string[] = [];
    let pending: string[] = [];
    const history = diagnosis.history;
    if (history?.diagnostic === "databaseIsBehind") {
      pending = history.unappliedMigrationNames;
    } else if (history?.diagnostic === "historiesDiverge") {
      pending = history.unappliedMigrationNames;
      problems.push(
        `Local and database histories diverge after ${history.lastCommonMigrationName ?? "the start"}; ` +
          `only in the database: ${history.unpersistedMigrationNames.join(", ")}`,
      );
    } else if (history?.diagnostic === "migrationsDirectoryIsBehind") {
      problems.push(`Applied but missing locally: ${history.unpersistedMigrationNames.join(", ")}`);
    }
    for (const name of diagnosis.failedMigrationNames) problems.push(`Failed migration: ${name}`);
    for (const name of diagnosis.editedMigrationNames)
      problems.push(`Edited after being applied: ${name}`);
    if (!diagnosis.hasMigrationsTable) {
      // Without _prisma_migrations nothing is applied, whatever the engine's history says.
      return { applied: [], pending: local, problems };
    }
    const notApplied = new Set([...pending, ...diagnosis.failedMigrationNames]);
    return { applied: local.filter((name) => !notApplied.has(name)), pending, problems };
  });
}
