import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { claimBatch, claimNext, failAbandoned } from "./claim";
import { enqueue } from "./enqueue";
import { retryFailed } from "./retry-failed";
import { complete, fail } from "./settle";
import { jobRow, uniqueKind } from "./testing/helpers";
import type { ClaimedJob } from "./types";

describe("job queue", () => {
  it("enqueues inside the caller's transaction and only commits with it", async () => {
    const kind = uniqueKind("tx");
    await expect(
      db().$transaction(async (tx) => {
        await enqueue(tx, { kind, payload: { n: 1 } });
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(await db().backgroundJob.count({ where: { kind } })).toBe(0);
    await db().$transaction((tx) => enqueue(tx, { kind, payload: { n: 2 } }));
    expect(await db().backgroundJob.count({ where: { kind } })).toBe(1);
  });

  it("claims due jobs of the asked kinds only, counting the attempt", async () => {
    const kind = uniqueKind("claim");
    const later = await enqueue(db(), { kind, payload: {}, runAt: new Date(Date.now() + 60_000) });
    const due = await enqueue(db(), { kind, payload: { hello: "world" } });
    expect(await claimNext("w1", { kinds: [uniqueKind("other")] })).toBeNull();
    const job = await claimNext("w1", { kinds: [kind] });
    expect(job).toMatchObject({
      id: due.id,
      kind,
      payload: { hello: "world" },
      attempts: 1,
      maxAttempts: 5,
      lockedBy: "w1",
    });
    expect(await claimNext("w2", { kinds: [kind] })).toBeNull();
    expect(await complete(job as ClaimedJob)).toBe(true);
    expect(await jobRow(due.id)).toMatchObject({ status: "SUCCEEDED", lockedAt: null });
    expect((await jobRow(later.id)).status).toBe("PENDING");
  });

  it("never hands the same job to two concurrent claimers (SKIP LOCKED)", async () => {
    const kind = uniqueKind("concurrent");
    const ids = await Promise.all(
      Array.from({ length: 40 }, (_, n) => enqueue(db(), { kind, payload: { n } })),
    );
    const claimed: string[] = [];
    const claimer = async (worker: string) => {
      for (
        let job = await claimNext(worker, { kinds: [kind] });
        job;
        job = await claimNext(worker, { kinds: [kind] })
      ) {
        claimed.push(job.id);
      }
    };
    await Promise.all(Array.from({ length: 8 }, (_, n) => claimer(`w${n}`)));
    expect(claimed).toHaveLength(40);
    expect(new Set(claimed)).toEqual(new Set(ids.map((job) => job.id)));
    const rows = await db().backgroundJob.findMany({ where: { kind } });
    expect(rows.every((row) => row.status === "RUNNING" && row.attempts === 1)).toBe(true);
  });

  it("claims in batches; concurrent batches are disjoint", async () => {
    const kind = uniqueKind("batch");
    await Promise.all(
      Array.from({ length: 15 }, (_, n) => enqueue(db(), { kind, payload: { n } })),
    );
    expect(await claimBatch("w0", { kinds: [kind], limit: 3 })).toHaveLength(3);
    const [a, b] = await Promise.all([
      claimBatch("w1", { kinds: [kind], limit: 10 }),
      claimBatch("w2", { kinds: [kind], limit: 10 }),
    ]);
    const ids = [...(a ?? []), ...(b ?? [])].map((job) => job.id);
    expect(ids).toHaveLength(12);
    expect(new Set(ids).size).toBe(12);
  });

  it("retries with backoff, keeps the error, fails for good after maxAttempts, then an admin retry runs it again", async () => {
    const kind = uniqueKind("backoff");
    const { id } = await enqueue(db(), { kind, payload: {}, maxAttempts: 2 });
    const first = (await claimNext("w1", { kinds: [kind] })) as ClaimedJob;
    expect(
      await fail(first, new Error("Belvo is down"), { baseMs: 60_000, random: () => 0 }),
    ).toEqual({ owned: true, final: false });
    const waiting = await jobRow(id);
    expect(waiting).toMatchObject({
      status: "PENDING",
      attempts: 1,
      lastError: "Error: Belvo is down",
      lockedAt: null,
    });
    expect(waiting.runAt.getTime() - Date.now()).toBeGreaterThan(25_000);
    expect(await claimNext("w1", { kinds: [kind] })).toBeNull();

    await db().backgroundJob.update({ where: { id }, data: { runAt: new Date(Date.now() - 1) } });
    const second = (await claimNext("w1", { kinds: [kind] })) as ClaimedJob;
    expect(second.attempts).toBe(2);
    expect(await fail(second, new TypeError("still down"))).toEqual({ owned: true, final: true });
    const failed = await jobRow(id);
    expect(failed).toMatchObject({
      status: "FAILED",
      attempts: 2,
      lastError: "TypeError: still down",
    });
    expect(failed.finishedAt).toBeInstanceOf(Date);
    expect(await claimNext("w1", { kinds: [kind] })).toBeNull();

    expect(await retryFailed(id)).toBe("retried");
    expect(await retryFailed(id)).toBe("not_failed");
    expect(await retryFailed("00000000-0000-4000-8000-000000000000")).toBe("not_found");
    const third = (await claimNext("w2", { kinds: [kind] })) as ClaimedJob;
    expect(third.attempts).toBe(1);
    expect(await complete(third)).toBe(true);
    expect(await jobRow(id)).toMatchObject({ status: "SUCCEEDED", attempts: 1 });
  });

  it("takes over a job whose worker went silent, and ignores the stale worker's result", async () => {
    const kind = uniqueKind("takeover");
    const { id } = await enqueue(db(), { kind, payload: {} });
    const stale = (await claimNext("dead", {
      kinds: [kind],
      visibilityTimeoutMs: 60_000,
    })) as ClaimedJob;
    expect(await claimNext("alive", { kinds: [kind], visibilityTimeoutMs: 60_000 })).toBeNull();
    await db().backgroundJob.update({
      where: { id },
      data: { lockedAt: new Date(Date.now() - 120_000) },
    });
    const fresh = (await claimNext("alive", {
      kinds: [kind],
      visibilityTimeoutMs: 60_000,
    })) as ClaimedJob;
    expect(fresh).toMatchObject({ id, attempts: 2, lockedBy: "alive" });
    expect(await complete(stale)).toBe(false);
    expect((await fail(stale, new Error("late"))).owned).toBe(false);
    expect(await complete(fresh)).toBe(true);
    expect(await jobRow(id)).toMatchObject({
      status: "SUCCEEDED",
      attempts: 2,
      lockedBy: "alive",
      lastError: null,
    });
  });

  it("marks a job FAILED when its worker dies on the last allowed attempt", async () => {
    const kind = uniqueKind("abandoned");
    const { id } = await enqueue(db(), { kind, payload: {}, maxAttempts: 1 });
    await claimNext("dead", { kinds: [kind] });
    await db().backgroundJob.update({
      where: { id },
      data: { lockedAt: new Date(Date.now() - 5_000) },
    });
    expect(await claimNext("alive", { kinds: [kind], visibilityTimeoutMs: 1_000 })).toBeNull();
    expect(await failAbandoned({ kinds: [kind], visibilityTimeoutMs: 1_000 })).toBe(1);
    expect(await jobRow(id)).toMatchObject({ status: "FAILED", attempts: 1 });
    expect((await jobRow(id)).lastError).toMatch(/worker stopped/);
  });
});
