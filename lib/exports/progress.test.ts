import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import {
  PROGRESS_WRITE_EVERY_MS,
  readProgress,
  refuseProgress,
  startProgress,
  updateProgress,
} from "./progress";
import type * as Progress from "./progress";

const ana = randomUUID();
const luis = randomUUID();
const storedRun = (id: string) => db().exportRun.findUnique({ where: { id } });

const REPLICA_STATE = ["cotizaExportProgress", "cotizaExportProgressWriters", "cotizaDb"];

/**
 * Runs `read` with the progress module as another replica loads it: a fresh module instance with
 * none of this process's state (no throttle, no in-process registry) and its own connections.
 */
async function inAnotherReplica<T>(read: (progress: typeof Progress) => Promise<T>): Promise<T> {
  const shared = globalThis as Record<string, unknown>;
  const saved = Object.fromEntries(REPLICA_STATE.map((key) => [key, shared[key]]));
  for (const key of REPLICA_STATE) delete shared[key];
  try {
    vi.resetModules();
    return await read(await import("./progress"));
  } finally {
    await (shared.cotizaDb as { $disconnect(): Promise<void> } | undefined)?.$disconnect();
    for (const key of REPLICA_STATE) delete shared[key];
    Object.assign(shared, saved);
  }
}

describe("export progress", () => {
  it("is read and written by the user who started the export only", async () => {
    const id = randomUUID();
    await startProgress(id, { userId: ana, total: 10 });
    await updateProgress(id, luis, { rows: 99, status: "failed" });
    await startProgress(id, { userId: luis, total: 1 });
    await updateProgress(id, ana, { rows: 4, applicants: 2, status: "complete" });
    expect(await readProgress(id, ana)).toMatchObject({ total: 10, rows: 4, status: "complete" });
    expect(await readProgress(id, luis)).toBeNull();
  });

  it("keeps the reason an export was refused before its first byte", async () => {
    const id = randomUUID();
    await refuseProgress(id, ana, "exports.validation.unknownColumn");
    expect(await readProgress(id, ana)).toMatchObject({
      status: "failed",
      error: "exports.validation.unknownColumn",
    });
  });

  it("is in the database: a poll reaching another replica finds it", async () => {
    const id = randomUUID();
    await startProgress(id, { userId: ana, total: 3 });
    await updateProgress(id, ana, { rows: 7, applicants: 3, status: "complete" });

    const [forAna, forLuis] = await inAnotherReplica((replica) =>
      Promise.all([replica.readProgress(id, ana), replica.readProgress(id, luis)]),
    );
    expect(forAna).toMatchObject({ total: 3, rows: 7, applicants: 3, status: "complete" });
    expect(forLuis).toBeNull();
  });

  it("writes counts at most every 500 ms, the latest ones after the wait, the outcome at once", async () => {
    const id = randomUUID();
    await startProgress(id, { userId: ana, total: 100 });
    for (let batch = 1; batch <= 50; batch += 1) {
      await updateProgress(id, ana, { rows: batch * 10, applicants: batch });
    }
    // Within the first 500 ms nothing but the start was written…
    expect(await storedRun(id)).toMatchObject({ rows: 0, applicants: 0, status: "running" });
    // …then the latest counts follow, without another update to carry them.
    await vi.waitFor(
      async () => expect(await storedRun(id)).toMatchObject({ rows: 500, applicants: 50 }),
      { timeout: PROGRESS_WRITE_EVERY_MS * 4, interval: 50 },
    );
    await updateProgress(id, ana, { rows: 510, applicants: 51 });
    await updateProgress(id, ana, { rows: 520, applicants: 52, status: "complete" });
    expect(await storedRun(id)).toMatchObject({ rows: 520, applicants: 52, status: "complete" });
  });

  it("deletes runs nobody updated for an hour when an export starts", async () => {
    const old = randomUUID();
    await startProgress(old, { userId: ana, total: 1 });
    await db().$executeRaw`
      UPDATE export_runs SET updated_at = now() - interval '61 minutes' WHERE id = ${old}`;
    const recent = randomUUID();
    await startProgress(recent, { userId: luis, total: 1 });
    expect(await storedRun(old)).toBeNull();
    expect(await storedRun(recent)).not.toBeNull();
  });
});
