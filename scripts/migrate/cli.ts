import { checkDrift } from "./check-drift";
import { createAndApplyMigration } from "./create-migration";
import { deployMigrations } from "./deploy-migrations";
import { migrationStatus } from "./migration-status";
import { resetDatabase } from "./reset-database";

export const MIGRATE_COMMANDS = ["dev", "deploy", "status", "reset", "check"] as const;
export type MigrateCommand = (typeof MIGRATE_COMMANDS)[number];

export interface MigrateFlags {
  name?: string;
  createOnly: boolean;
  acceptDataLoss: boolean;
  force: boolean;
}

function list(names: string[]): string {
  return names.map((name) => `  - ${name}`).join("\n");
}

function applied(names: string[]): string {
  return `Applied ${names.length} migration(s):\n${list(names)}`;
}

/** Runs one CLI command with human output; returns the exit code (1 = check/status found a problem). */
export async function runMigrateCommand(
  command: MigrateCommand,
  flags: MigrateFlags,
  databaseUrl: string,
): Promise<number> {
  const options = { databaseUrl };
  switch (command) {
    case "dev": {
      const status = await migrationStatus(options);
      const name =
        flags.name ?? (status.applied.length + status.pending.length === 0 ? "init" : "update");
      const { createOnly, acceptDataLoss } = flags;
      const result = await createAndApplyMigration({
        ...options,
        name,
        createOnly,
        acceptDataLoss,
      });
      if (result.created) {
        const note = flags.createOnly
          ? " (not applied: edit it if needed, then run `dev` again)"
          : "";
        console.log(`Created prisma/migrations/${result.created}/migration.sql${note}`);
      }
      if (result.applied.length > 0) console.log(applied(result.applied));
      if (!result.created && result.applied.length === 0) {
        console.log(
          "Already in sync: no schema change or pending migration. Database is up to date.",
        );
      }
      return 0;
    }
    case "deploy": {
      const result = await deployMigrations(options);
      console.log(result.applied.length > 0 ? applied(result.applied) : "Database is up to date.");
      return 0;
    }
    case "status": {
      const { applied: done, pending, problems } = await migrationStatus(options);
      console.log(`${done.length} applied, ${pending.length} pending.`);
      if (pending.length > 0) console.log(`Pending:\n${list(pending)}`);
      if (problems.length > 0) console.error(`Problems:\n${list(problems)}`);
      if (pending.length + problems.length === 0) console.log("Database is up to date.");
      return pending.length + problems.length === 0 ? 0 : 1;
    }
    case "reset": {
      if (!flags.force) {
        console.error(
          "migrate: reset deletes every table and row in this database; re-run with --force.",
        );
        return 2;
      }
      const result = await resetDatabase(options);
      console.log(
        `Database reset. ${result.applied.length > 0 ? applied(result.applied) : "No migration to apply."}`,
      );
      return 0;
    }
    case "check": {
      const report = await checkDrift(options);
      if (!report.drift) {
        console.log("Schema and migrations agree.");
        return 0;
      }
      console.error(
        `prisma/schema.prisma has changes that no migration captures:\n${report.summary}`,
      );
      console.error("Create a migration for them with `npm run db:migrate -- --name <name>`.");
      return 1;
    }
  }
}
