export { checkDrift, type DriftReport } from "./check-drift";
export { createAndApplyMigration, type DevOptions, type DevResult } from "./create-migration";
export { deployMigrations } from "./deploy-migrations";
export { migrationStatus, type MigrationStatus } from "./migration-status";
export { startPGliteServer } from "../pglite/server.mjs";
export { resetDatabase } from "./reset-database";
export type { MigrateOptions } from "./session";
export { describeDatabaseUrl } from "./database-url";
export { readableError } from "./errors";
