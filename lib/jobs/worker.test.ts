import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { enqueue } from "./enqueue";
import { eventually, jobRow, uniqueKind } from "./testing/helpers";
import { wakeWorkers } from "./wake";
import { startWorker } from "./worker";

describe("startWorker", () => {
  it("retries a failing handler with backoff until it succeeds; the last error stays as history", async () => {
    const kind = uniqueKind("flaky");
    const controller = new AbortController();
    let calls = 0;
    const worker = startWorker({
      signal: controller.signal,
      pollMs: 20,
      backoff: { baseMs: 20 },
      handlers: {
        [kind]: async () => {
          calls += 1;
          if (calls < 3) throw new Error(`attempt ${calls} failed`);
        },
      },
    });
    try {
      const { id } = await enqueue(db(), { kind, payload: {} });
      const done = await eventually(async () => {
        const row = await jobRow(id);
        return row.status === "SUCCEEDED" ? row : undefined;
      });
      expect(done.attempts).toBe(3);
      expect(calls).toBe(3);
      expect(done.lastError).toBe("Error: attempt 2 failed");
    } finally {
      controller.abort();
      await worker.stopped;
    }
  });

  it("stops gracefully: no new claims, the running job finishes first", async () => {
    const kind = uniqueKind("graceful");
    const controller = new AbortController();
    let release: () => void = () => undefined;
    const entered = new Promise<void>((resolve) => {
      release = resolve;
    });
    let finish: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      finish = resolve;
    });
    const worker = startWorker({
      signal: controller.signal,
      pollMs: 10_000,
      concurrency: 1,
      handlers: {
        [kind]: async () => {
          release();
          await gate;
        },
      },
    });
    const first = await enqueue(db(), { kind, payload: {} });
    wakeWorkers();
    await entered;
    const second = await enqueue(db(), { kind, payload: {} });
    controller.abort();
    let stopped = false;
    void worker.stopped.then(() => {
      stopped = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stopped).toBe(false);
    finish();
    await worker.stopped;
    expect((await jobRow(first.id)).status).toBe("SUCCEEDED");
    expect((await jobRow(second.id)).status).toBe("PENDING");
  });
});
