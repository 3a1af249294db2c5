import "server-only";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { requireEnv } from "@/lib/env";

// Large CSV files are written by the database itself (`COPY … TO STDOUT`): no row is decoded in
// JavaScript. COPY holds its connection for the whole download, so it gets a small pool of its
// own and never takes the connections Prisma's queries need meanwhile.

const globalForCopy = globalThis as unknown as { cotizaCopyPool?: pg.Pool };

function copyPool(): pg.Pool {
  globalForCopy.cotizaCopyPool ??= new pg.Pool({
    connectionString: requireEnv("DATABASE_URL"),
    max: 4,
    idleTimeoutMillis: 10_000,
    // An export's SELECT has many small expressions: PostgreSQL's JIT would spend longer
    // compiling them (~150 ms) than a file of 30,000 rows takes to write. PGlite has no JIT and
    // ignores the setting.
    options: "-c jit=off",
    // An idle pool must not keep a script or a test run alive.
    allowExitOnIdle: true,
  });
  return globalForCopy.cotizaCopyPool;
}

/**
 * A SQL string literal. COPY takes no bind parameters, so every value enters its query this way,
 * quoted by the driver's own `escapeLiteral` (which also handles backslashes).
 */
export function sqlLiteral(value: string): string {
  // PostgreSQL text cannot hold NUL; refusing it here keeps the literal well-formed.
  if (value.includes("\0")) throw new RangeError("A SQL literal cannot contain NUL.");
  return pg.escapeLiteral(value);
}

export interface CopyOut {
  /** The CSV bytes as the server sends them (rows end with LF). */
  chunks: AsyncIterable<Buffer>;
  /** Stops a COPY still running (the connection is closed, not returned to the pool). */
  abort(): void;
}

/** Runs `COPY (<select>) TO STDOUT WITH (FORMAT csv)` on a connection of its own. */
export async function copyCsvOut(select: string): Promise<CopyOut> {
  const client = await copyPool().connect();
  let released = false;
  const release = (broken: boolean) => {
    if (released) return;
    released = true;
    // A connection left mid-COPY cannot serve another query: closing it ends the COPY too.
    client.release(broken ? new Error("COPY abandoned") : undefined);
  };
  const stream = client.query(copyTo(`COPY (${select}) TO STDOUT WITH (FORMAT csv)`));
  stream.on("end", () => release(false));
  stream.on("error", () => release(true));
  return {
    chunks: stream,
    abort() {
      release(true);
      stream.destroy();
    },
  };
}
