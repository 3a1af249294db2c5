import { isLocalDatabase } from "@/lib/db/local";
import { requireEnv } from "@/lib/env";

/** Demo data goes only into a database on this machine, unless the command insists. */
export function refuseRemoteDatabase(what: string): void {
  if (isLocalDatabase(requireEnv("DATABASE_URL")) || process.argv.includes("--allow-remote"))
    return;
  console.error(
    `cotiza: refusing to seed ${what} into a non-local database (pass --allow-remote to insist).`,
  );
  process.exit(1);
}
