import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env, requireEnv } from "@/lib/env";

function createClient() {
  const adapter = new PrismaPg({ connectionString: requireEnv("DATABASE_URL"), max: 10 });
  return new PrismaClient({
    adapter,
    // Secret columns never leave the database unless a query asks for them by name.
    omit: { user: { passwordHash: true } },
    log: env().NODE_ENV === "development" ? ["warn", "error"] : ["error"],
  });
}

export type Database = ReturnType<typeof createClient>;

const globalForDb = globalThis as unknown as { cotizaDb?: Database };

/** The Prisma client, created on first use so that `next build` needs no database. */
export function db(): Database {
  globalForDb.cotizaDb ??= createClient();
  return globalForDb.cotizaDb;
}
