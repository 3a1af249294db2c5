import { NextResponse } from "next/server";
import { databaseHealth } from "@/lib/db/health";

export const dynamic = "force-dynamic";

/** Public: answers whether the app and its database work, without revealing anything else. */
export async function GET() {
  const database = await databaseHealth();
  const ok = database.status === "ok";
  return NextResponse.json(
    { status: ok ? "ok" : "degraded", app: "ok", database },
    { status: ok ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
