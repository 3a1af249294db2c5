import pg from "pg";
import type { ConnectionFields } from "./database-url";

const CHAR_OID = 18;
const TEXT_OID = 25;
/** Appended to the names of `"char"` columns; Postgres identifiers cannot contain NUL. */
export const CHAR_COLUMN_MARKER = "\u0000char";

interface RowDescription {
  fields: { name: string; dataTypeID: number }[];
}

function isRowDescription(message: unknown): message is RowDescription {
  return (
    typeof message === "object" &&
    message !== null &&
    Array.isArray((message as RowDescription).fields)
  );
}

/** Tracks every pool a command opens, so the command can close them all and let Node exit. */
export class PoolSet {
  private readonly pools = new Set<pg.Pool>();

  /**
   * A pool for `fields`. adapter-pg 7.10 rejects Postgres `"char"` columns (OID 18), which the
   * engine's introspection reads from pg_catalog, and the engine wants them typed as Character.
   * These connections report them as text with a marked name; the adapter wrapper turns the mark
   * into the Character column type. Only migration pools do this; the app's pools are untouched.
   */
  open(fields: ConnectionFields): pg.Pool {
    const pool = new pg.Pool({
      ...fields,
      max: 4,
      idleTimeoutMillis: 1_000,
      allowExitOnIdle: true,
    });
    pool.on("connect", (client) => {
      client.connection.prependListener("rowDescription", (message: unknown) => {
        if (!isRowDescription(message)) return;
        for (const field of message.fields) {
          if (field.dataTypeID !== CHAR_OID) continue;
          field.dataTypeID = TEXT_OID;
          field.name += CHAR_COLUMN_MARKER;
        }
      });
    });
    // An idle client losing its server (e.g. a dropped shadow database) must not crash the process.
    pool.on("error", () => {});
    this.pools.add(pool);
    return pool;
  }

  async close(pool: pg.Pool): Promise<void> {
    if (!this.pools.delete(pool)) return;
    await pool.end();
  }

  async closeAll(): Promise<void> {
    await Promise.all([...this.pools].map((pool) => this.close(pool)));
  }
}

/** Runs one statement on a short-lived connection, e.g. CREATE DATABASE, which cannot use a pool transaction. */
export async function runOnce(fields: ConnectionFields, sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client(fields);
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Whether the server behind `fields` is PGlite (served by pglite-socket) rather than PostgreSQL. */
export async function isPglite(fields: ConnectionFields): Promise<boolean> {
  const result = await runOnce(fields, "select version() as version");
  const row: unknown = result.rows[0];
  const version =
    typeof row === "object" && row !== null && "version" in row ? String(row.version) : "";
  return version.includes("PGlite");
}

/** Quotes an identifier for SQL text. */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
