import { randomBytes } from "node:crypto";
import { formatDatabaseUrl, parseDatabaseUrl } from "../../scripts/migrate/database-url";
import { startPGliteServer } from "../../scripts/pglite/server.mjs";
import { isPglite, quoteIdent, runOnce } from "../../scripts/migrate/pools";

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * An empty database of the kind the tests run against: a fresh database on the same server when
 * DATABASE_URL is a real PostgreSQL (needs CREATEDB), else an in-memory PGlite on a loopback port.
 */
export async function createScratchDatabase(): Promise<ScratchDatabase> {
  const baseUrl = process.env.DATABASE_URL;
  const server = baseUrl ? parseDatabaseUrl(baseUrl) : undefined;
  if (server && !(await isPglite(server))) {
    const database = `cotiza_scratch_${randomBytes(6).toString("hex")}`;
    await runOnce(server, `CREATE DATABASE ${quoteIdent(database)}`);
    return {
      url: formatDatabaseUrl({ ...server, database }),
      async drop() {
        await runOnce(server, `DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`);
      },
    };
  }
  const pglite = await startPGliteServer();
  return { url: pglite.url, drop: () => pglite.close() };
}
