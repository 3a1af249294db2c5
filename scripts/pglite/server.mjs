import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { pinMessageSequences } from "./queue-pinning.mjs";

// Booting an empty cluster from a tarball is several times faster than initdb, so the first
// in-memory database of a process is dumped once (on globalThis: Vitest re-evaluates modules).
const TARBALL_KEY = Symbol.for("cotiza.pglite-empty-cluster");

// The contrib extensions the migrations create (`pg_trgm`: the queue's search indexes). PGlite
// bundles their files; each database must be opened with them to `CREATE EXTENSION`.
const extensions = { pg_trgm };

async function createMemoryDatabase() {
  const cached = globalThis[TARBALL_KEY];
  const loadDataDir = cached ? await cached.catch(() => undefined) : undefined;
  if (loadDataDir) return PGlite.create({ loadDataDir, extensions });
  const db = await PGlite.create({ extensions });
  globalThis[TARBALL_KEY] = db.dumpDataDir("none");
  await globalThis[TARBALL_KEY];
  return db;
}

/**
 * Serves a PGlite database over the Postgres wire protocol on loopback, so the app and every tool
 * use the ordinary `pg` driver exactly as against a real server.
 * @param {{ dataDir?: string, port?: number }} [options] no dataDir = a fresh in-memory database
 * @returns {Promise<{ url: string, port: number, close(): Promise<void> }>}
 */
export async function startPGliteServer({ dataDir, port = 0 } = {}) {
  const db = dataDir ? await PGlite.create(dataDir, { extensions }) : await createMemoryDatabase();
  // Transactions stay serialized (the queue keeps a transaction on its own connection); more than
  // one connection lets a pool and the schema engine connect side by side.
  const server = new PGLiteSocketServer({ db, port, host: "127.0.0.1", maxConnections: 64 });
  pinMessageSequences(server.queryQueue);
  try {
    await server.start();
  } catch (error) {
    await db.close();
    throw error;
  }
  const boundPort = Number(server.getServerConn().split(":")[1]);
  let closed = false;
  return {
    // pglite-socket accepts any credentials and serves its single database under any name.
    url: `postgresql://postgres:postgres@127.0.0.1:${boundPort}/postgres?sslmode=disable`,
    port: boundPort,
    async close() {
      if (closed) return;
      closed = true;
      await server.stop();
      await db.close();
    },
  };
}
