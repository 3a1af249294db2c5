import { randomUUID } from "node:crypto";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { type ConnectionFields, parseDatabaseUrl } from "./database-url";
import { connectMigrationAdapter } from "./migration-adapter";
import { startPGliteServer } from "../pglite/server.mjs";
import { PoolSet, quoteIdent, runOnce } from "./pools";

export type ServerKind = "postgresql" | "pglite";

export interface MigrationAdapterFactory extends SqlMigrationAwareDriverAdapterFactory {
  /** Closes every pool, shadow database and PGlite this factory opened. */
  close(): Promise<void>;
}

/**
 * A migration-aware factory for `databaseUrl`. Shadow databases are ours to manage: adapter-pg
 * would reuse the main database for a URL-built config and drop the shadow before closing its pool.
 */
export function createMigrationAdapterFactory(
  databaseUrl: string,
  kind: ServerKind,
): MigrationAdapterFactory {
  const fields = parseDatabaseUrl(databaseUrl);
  const pools = new PoolSet();
  const cleanups = new Map<string, () => Promise<void>>();

  async function openShadow(): Promise<{ fields: ConnectionFields; release: () => Promise<void> }> {
    if (kind === "pglite") {
      // pglite-socket serves one database whatever name is asked for: a shadow needs its own PGlite.
      const server = await startPGliteServer();
      return { fields: parseDatabaseUrl(server.url), release: () => server.close() };
    }
    const database = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
    await runOnce(fields, `CREATE DATABASE ${quoteIdent(database)}`);
    const release = async () => {
      await runOnce(fields, `DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`);
    };
    return { fields: { ...fields, database }, release };
  }

  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    async connect() {
      const pool = pools.open(fields);
      return connectMigrationAdapter(pool, () => pools.close(pool));
    },
    async connectToShadowDb() {
      const shadow = await openShadow();
      const key = randomUUID();
      const pool = pools.open(shadow.fields);
      const release = async () => {
        if (!cleanups.delete(key)) return;
        await pools.close(pool);
        await shadow.release();
      };
      cleanups.set(key, release);
      return connectMigrationAdapter(pool, release);
    },
    async close() {
      await pools.closeAll();
      const pending = [...cleanups.values()];
      await Promise.all(pending.map((release) => release()));
    },
  };
}
