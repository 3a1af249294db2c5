import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { withOwnDatabase } from "@/lib/testing/own-database";
import type * as Database from "@/lib/db";
import type * as Recurring from "@/lib/jobs/recurring";
import type * as JobRetention from "@/lib/jobs/retention";
import type * as Worker from "@/lib/jobs/worker";
import type * as Retention from "./retention";
import type * as RecordWebhook from "./record-webhook";
import type * as JobHandlers from "./job-handlers";

// Retention deletes across the whole database: this file has a database of its own.
let data: {
  db: typeof Database.db;
  recurring: typeof Recurring;
  jobRetention: typeof JobRetention;
  worker: typeof Worker;
  retention: typeof Retention;
  record: typeof RecordWebhook;
  handlers: typeof JobHandlers;
};

withOwnDatabase(async () => {
  data = {
    db: (await import("@/lib/db")).db,
    recurring: await import("@/lib/jobs/recurring"),
    jobRetention: await import("@/lib/jobs/retention"),
    worker: await import("@/lib/jobs/worker"),
    retention: await import("./retention"),
    record: await import("./record-webhook"),
    handlers: await import("./job-handlers"),
  };
  return data.db;
});

type Status = "PENDING" | "RUNNING" | "SUCCEEDED" | "FAILED";

/** A job that ran (or is due) `daysAgo` days ago. */
async function jobFrom(daysAgo: number, status: Status): Promise<string> {
  const finished = status === "SUCCEEDED" || status === "FAILED";
  const [row] = await data.db().$queryRaw<{ id: string }[]>`
    INSERT INTO background_jobs (id, kind, payload, status, run_at, finished_at)
    VALUES (gen_random_uuid(), 'test.retention', '{}'::jsonb, ${status}::"JobStatus",
            now() - ${daysAgo}::integer * interval '1 day',
            CASE WHEN ${finished}::boolean THEN now() - ${daysAgo}::integer * interval '1 day' END)
    RETURNING id`;
  return row!.id;
}

/** A stored Belvo delivery received `daysAgo` days ago, and its job (left in `jobStatus`). */
async function deliveryFrom(daysAgo: number, jobStatus: Status): Promise<string> {
  const outcome = await data.record.recordBelvoWebhook({
    webhook_id: randomBytes(16).toString("hex"),
    webhook_type: "EMPLOYMENT_RECORDS",
    webhook_code: "historical_update",
    link_id: crypto.randomUUID(),
    data: {},
  });
  if (outcome.status !== "accepted") throw new Error("the delivery was not stored");
  await data.db().$executeRaw`
    UPDATE webhook_events SET received_at = now() - ${daysAgo}::integer * interval '1 day'
     WHERE id = ${outcome.eventId}::uuid`;
  await data.db().$executeRaw`
    UPDATE background_jobs
       SET status = ${jobStatus}::"JobStatus", run_at = now() - ${daysAgo}::integer * interval '1 day',
           finished_at = CASE WHEN ${jobStatus} IN ('SUCCEEDED', 'FAILED')
                              THEN now() - ${daysAgo}::integer * interval '1 day' END
     WHERE id = ${outcome.jobId}::uuid`;
  return outcome.eventId;
}

const jobExists = async (id: string) =>
  (await data.db().backgroundJob.count({ where: { id } })) === 1;
const eventExists = async (id: string) =>
  (await data.db().webhookEvent.count({ where: { id } })) === 1;
const pendingPurges = () =>
  data.db().backgroundJob.findMany({
    where: { kind: data.retention.RETENTION_JOB, status: "PENDING" },
  });

describe("retention", () => {
  it("deletes finished jobs and webhook deliveries older than the retention, nothing else", async () => {
    const oldSucceeded = await jobFrom(31, "SUCCEEDED");
    const oldFailed = await jobFrom(45, "FAILED");
    const recent = await jobFrom(29, "SUCCEEDED");
    const oldPending = await jobFrom(40, "PENDING");
    const oldEvent = await deliveryFrom(31, "SUCCEEDED");
    const oldEventStillQueued = await deliveryFrom(31, "PENDING");
    const recentEvent = await deliveryFrom(29, "SUCCEEDED");

    // One row per statement: the batches go on until nothing old is left.
    expect(await data.retention.purgeWebhookEvents(30, 1)).toBe(1);
    // The old delivery's finished job goes too (3 jobs: 2 of ours and its own).
    expect(await data.jobRetention.purgeFinishedJobs(30, 1)).toBe(3);

    expect(await jobExists(oldSucceeded)).toBe(false);
    expect(await jobExists(oldFailed)).toBe(false);
    expect(await jobExists(recent)).toBe(true);
    expect(await jobExists(oldPending)).toBe(true);
    expect(await eventExists(oldEvent)).toBe(false);
    expect(await eventExists(oldEventStillQueued)).toBe(true);
    expect(await eventExists(recentEvent)).toBe(true);
  });

  it("runs daily in the job queue, with one pending run however many workers start", async () => {
    const handlers = data.handlers.appJobHandlers();
    await Promise.all(
      Array.from({ length: 5 }, () => data.recurring.scheduleRecurringJobs(handlers)),
    );
    const [first, ...more] = await pendingPurges();
    expect(more).toEqual([]);

    const old = await jobFrom(31, "SUCCEEDED");
    const controller = new AbortController();
    const worker = data.worker.startWorker({
      handlers: { [data.retention.RETENTION_JOB]: data.retention.retentionHandler },
      signal: controller.signal,
      pollMs: 25,
    });
    try {
      await expect
        .poll(
          async () =>
            (await data.db().backgroundJob.findUnique({ where: { id: first!.id } }))?.status,
          {
            timeout: 15_000,
          },
        )
        .toBe("SUCCEEDED");
    } finally {
      controller.abort();
      await worker.stopped;
    }
    expect(await jobExists(old)).toBe(false);

    // The run queued the next one for a day later; starting workers again adds none.
    await data.recurring.scheduleRecurringJobs(handlers);
    const [next, ...others] = await pendingPurges();
    expect(others).toEqual([]);
    const inHours = (next!.runAt.getTime() - Date.now()) / 3_600_000;
    expect(inHours).toBeGreaterThan(23.9);
    expect(inHours).toBeLessThanOrEqual(24);
  });
});
