import { type MigrateOptions, withSession } from "./session";

/** `prisma migrate reset` without seeding: drops everything, then applies all migrations. */
export async function resetDatabase(options: MigrateOptions): Promise<{ applied: string[] }> {
  return withSession(options, async (session) => {
    await session.call(session.engine.reset({ filter: session.filters }));
    const { appliedMigrationNames } = await session.call(
      session.engine.applyMigrations({
        migrationsList: await session.migrations(),
        filters: session.filters,
      }),
    );
    return { applied: appliedMigrationNames };
  });
}
