import {
  migrationNames,
  migrationSlug,
  orderedMigrationName,
  writeMigration,
} from "./migrations-dir";
import { type MigrateOptions, type Session, withSession } from "./session";

export interface DevOptions extends MigrateOptions {
  /** Migration name; slugified, and prefixed with the timestamp (`<YYYYMMDDHHMMSS>_<name>`). */
  name: string;
  /** Write the migration without applying it (`--create-only`). */
  createOnly?: boolean;
  /** Apply a migration even if the engine warns it loses data. */
  acceptDataLoss?: boolean;
}

export interface DevResult {
  /** The new migration folder's name, or null when the schema needed no change. */
  created: string | null;
  /** Every migration applied by this run (pending ones first, then the new one), oldest first. */
  applied: string[];
}

/**
 * The engine reuses the shadow database opened by the last diagnosis, and applying migrations
 * invalidates it ("shadow DB must be provided through an external factory"). Re-open it with a
 * diagnosis and retry once.
 */
async function withShadow<T>(session: Session, run: () => Promise<T>): Promise<T> {
  try {
    return await session.call(run());
  } catch (error) {
    if (!(error instanceof Error) || !/shadow/i.test(error.message)) throw error;
    const migrationsList = await session.migrations();
    const filters = session.filters;
    await session.call(
      session.engine.diagnoseMigrationHistory({
        migrationsList,
        optInToShadowDatabase: true,
        filters,
      }),
    );
    return session.call(run());
  }
}

function listSteps(steps: { message: string }[]): string {
  return steps.map((step) => `  - ${step.message}`).join("\n");
}

/** `prisma migrate dev --name <name> [--create-only]`, without prompts. */
export async function createAndApplyMigration(options: DevOptions): Promise<DevResult> {
  return withSession(options, async (session) => {
    const { engine, filters, schema } = session;
    const diagnostic = await session.call(
      engine.devDiagnostic({ migrationsList: await session.migrations(), filters }),
    );
    if (diagnostic.action.tag === "reset") {
      throw new Error(
        `The database must be reset before new migrations: ${diagnostic.action.reason}`,
      );
    }
    const pending = await session.call(
      engine.applyMigrations({ migrationsList: await session.migrations(), filters }),
    );
    const applied = [...pending.appliedMigrationNames];
    const loss = await withShadow(session, async () =>
      engine.evaluateDataLoss({ migrationsList: await session.migrations(), schema, filters }),
    );
    if (loss.unexecutableSteps.length > 0) {
      throw new Error(
        `The schema change cannot be applied to this database:\n${listSteps(loss.unexecutableSteps)}`,
      );
    }
    if (loss.warnings.length > 0 && !options.createOnly && !options.acceptDataLoss) {
      throw new Error(
        `The migration would lose data (accept it, or create it only):\n${listSteps(loss.warnings)}`,
      );
    }
    const migrationsList = await session.migrations();
    const result = await withShadow(session, async () =>
      engine.createMigration({
        draft: options.createOnly ?? false,
        migrationName: migrationSlug(options.name),
        migrationsList: await session.migrations(),
        schema,
        filters,
      }),
    );
    if (result.migrationScript === null) return { created: null, applied };
    const name = orderedMigrationName(
      result.generatedMigrationName,
      migrationNames(migrationsList),
    );
    await writeMigration(session.migrationsDir, name, result.migrationScript, result.connectorType);
    if (!options.createOnly) {
      const after = await session.call(
        engine.applyMigrations({ migrationsList: await session.migrations(), filters }),
      );
      applied.push(...after.appliedMigrationNames);
    }
    return { created: name, applied };
  });
}
