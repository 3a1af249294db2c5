import { readFile } from "node:fs/promises";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaFilter, SchemasContainer } from "@prisma/schema-engine-wasm";
import { type ServerKind, createMigrationAdapterFactory } from "./adapter-factory";
import { describeDatabaseUrl, parseDatabaseUrl } from "./database-url";
import { withDriverCause } from "./errors";
import { readMigrationsList } from "./migrations-dir";
import { isPglite } from "./pools";
import { type SchemaEngine, createSchemaEngine } from "./wasm-engine";

export interface MigrateOptions {
  databaseUrl: string;
  /** Defaults to `prisma/schema.prisma`, relative to the working directory. */
  schemaPath?: string;
  /** Defaults to `prisma/migrations`, relative to the working directory. */
  migrationsDir?: string;
}

export interface Session {
  engine: SchemaEngine;
  kind: ServerKind;
  schema: SchemasContainer;
  migrationsDir: string;
  filters: SchemaFilter;
  /** Re-reads the migrations folder (it changes when `dev` writes a migration). */
  migrations(): Promise<MigrationList>;
  /** Awaits an engine call; errors become readable Errors that include the database's own message. */
  call<T>(promise: Promise<T>): Promise<T>;
}

const NO_FILTERS: SchemaFilter = { externalTables: [], externalEnums: [] };

async function detectKind(databaseUrl: string): Promise<ServerKind> {
  try {
    return (await isPglite(parseDatabaseUrl(databaseUrl))) ? "pglite" : "postgresql";
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Cannot connect to ${describeDatabaseUrl(databaseUrl)}: ${reason}`, {
      cause: error,
    });
  }
}

/**
 * Opens an engine for one command and always closes it with every pool, shadow database and PGlite
 * it opened, so the calling process can exit.
 */
export async function withSession<T>(
  options: MigrateOptions,
  run: (session: Session) => Promise<T>,
): Promise<T> {
  const schemaPath = path.resolve(options.schemaPath ?? "prisma/schema.prisma");
  const migrationsDir = path.resolve(options.migrationsDir ?? "prisma/migrations");
  const content = await readFile(schemaPath, "utf8");
  const schema: SchemasContainer = { files: [{ path: schemaPath, content }] };
  const kind = await detectKind(options.databaseUrl);
  const factory = createMigrationAdapterFactory(options.databaseUrl, kind);
  try {
    const bound = bindMigrationAwareSqlAdapterFactory(factory);
    const engine = await createSchemaEngine(schema.files, bound);
    try {
      return await run({
        engine,
        kind,
        schema,
        migrationsDir,
        filters: NO_FILTERS,
        migrations: () => readMigrationsList(migrationsDir),
        call: (promise) =>
          promise.catch((error: unknown) =>
            Promise.reject(withDriverCause(error, bound.errorRegistry)),
          ),
      });
    } finally {
      try {
        engine.free();
      } catch {
        // After a panic the engine stays borrowed and free() throws, which would hide the real error.
      }
    }
  } finally {
    await factory.close();
  }
}
