import { type MigrateOptions, withSession } from "./session";

/** `prisma migrate deploy`: applies every pending migration; never creates or resets anything. */
export async function deployMigrations(options: MigrateOptions): Promise<{ applied: string[] }> {
  return withSession(options, async (session) => {
    const { appliedMigrationNames } = await session.call(
      session.engine.applyMigrations({
        migrationsList: await session.migrations(),
        filters: session.filters,
      }),
    );
    return { applied: appliedMigrationNames };
  });
}
