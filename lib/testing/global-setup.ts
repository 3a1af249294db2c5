import { deployMigrations } from "../../scripts/migrate";

/** Vitest globalSetup: brings the throwaway test database up to the current migrations. */
export async function setup(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    throw new Error(
      "DATABASE_URL is not set. Run the tests through `npm run test:unit`, which starts a throwaway database.",
    );
  }
  await deployMigrations({ databaseUrl });
}
