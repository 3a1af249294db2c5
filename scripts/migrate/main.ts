// Prisma Migrate without the native engine: `tsx scripts/migrate/main.ts <dev|deploy|status|reset|check>`.
// Runs through npm scripts (db:migrate, db:deploy, …), which set DATABASE_URL.
import { parseArgs } from "node:util";
import { describeDatabaseUrl, readableError } from "@/scripts/migrate";
import { MIGRATE_COMMANDS, type MigrateCommand, runMigrateCommand } from "@/scripts/migrate/cli";

const USAGE = `usage: tsx scripts/migrate/main.ts <command> [options]

  dev      apply pending migrations, then create and apply one for schema changes
             --name <name>       migration name (default: "init" for the first, else "update")
             --create-only       write the migration without applying it
             --accept-data-loss  apply even if the engine warns about data loss
  deploy   apply pending migrations (never creates or resets)
  status   list applied and pending migrations (exit 1 if anything is pending or wrong)
  reset    drop everything and re-apply all migrations (requires --force)
  check    exit 1 if prisma/schema.prisma has changes no migration captures`;

function isCommand(value: string | undefined): value is MigrateCommand {
  return MIGRATE_COMMANDS.some((command) => command === value);
}

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      name: { type: "string" },
      "create-only": { type: "boolean", default: false },
      "accept-data-loss": { type: "boolean", default: false },
      force: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const command = positionals[0];
  if (values.help || positionals.length !== 1 || !isCommand(command)) {
    if (!values.help)
      console.error(`migrate: expected one command, got "${positionals.join(" ")}".`);
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error(
      "migrate: DATABASE_URL is not set. Run through npm (e.g. `npm run db:migrate`), which sets it.",
    );
    return 2;
  }
  console.log(`migrate: ${command} on ${describeDatabaseUrl(databaseUrl)}`);
  const flags = {
    name: values.name,
    createOnly: values["create-only"],
    acceptDataLoss: values["accept-data-loss"],
    force: values.force,
  };
  return runMigrateCommand(command, flags, databaseUrl);
}

// A schema-engine panic escapes as an uncaught wasm RuntimeError rather than as a rejection.
process.on("uncaughtException", (error) => {
  console.error(`migrate: ${readableError(error).message}`);
  process.exit(1);
});

const started = Date.now();
const code = await main().catch((error: unknown) => {
  console.error(`migrate: ${readableError(error).message}`);
  return 1;
});
if (code !== 2) console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
// Explicit, so no idle socket of a library we do not control can hold the process open.
process.exit(code);
