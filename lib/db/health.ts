import "server-only";
import { db } from "@/lib/db";

export type DatabaseHealth =
  { status: "ok"; engine: "PGlite" | "PostgreSQL"; latencyMs: number } | { status: "unavailable" };

export async function databaseHealth(): Promise<DatabaseHealth> {
  const started = performance.now();
  try {
    const rows = await db().$queryRaw<{ version: string }[]>`select version() as version`;
    const engine = rows[0]?.version.includes("PGlite") ? "PGlite" : "PostgreSQL";
    return { status: "ok", engine, latencyMs: Math.round((performance.now() - started) * 10) / 10 };
  } catch (error) {
    console.error(
      "cotiza: health check could not reach the database",
      error instanceof Error ? error.message : error,
    );
    return { status: "unavailable" };
  }
}
