import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { enqueue } from "./enqueue";
import { beginForeground, foregroundIdle } from "./foreground";
import { eventually, jobRow, uniqueKind } from "./testing/helpers";
import { startWorker } from "./worker";

const never = new AbortController().signal;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether `promise` settles within `ms`. */
async function settlesWithin(promise: Promise<unknown>, ms: number) {
  return Promise.race([promise.then(() => true), sleep(ms).then(() => false)]);
}

describe("foregroundIdle", () => {
  it("resolves at once when no urgent work runs", async () => {
    expect(await settlesWithin(foregroundIdle(60_000, never), 20)).toBe(true);
  });

  it("waits until every piece of urgent work has ended", async () => {
    const first = beginForeground();
    const second = beginForeground();
    const idle = foregroundIdle(60_000, never);
    first();
    first(); // ending twice counts once
    expect(await settlesWithin(idle, 50)).toBe(false);
    second();
    expect(await settlesWithin(idle, 50)).toBe(true);
  });

  it("gives up after maxWaitMs, or when the worker stops", async () => {
    const end = beginForeground();
    try {
      expect(await settlesWithin(foregroundIdle(30, never), 1_000)).toBe(true);
      const stop = new AbortController();
      const idle = foregroundIdle(60_000, stop.signal);
      expect(await settlesWithin(idle, 30)).toBe(false);
      stop.abort();
      expect(await settlesWithin(idle, 50)).toBe(true);
    } finally {
      end();
    }
  });
});

/** Runs `body` with a worker that yields up to `yieldMs`, while urgent work has begun. */
async function withBusyForeground(
  yieldMs: number,
  body: (job: { id: string }, end: () => void) => Promise<void>,
) {
  const kind = uniqueKind("yield");
  const controller = new AbortController();
  const end = beginForeground();
  const worker = startWorker({
    signal: controller.signal,
    pollMs: 20,
    yieldToForegroundMs: yieldMs,
    handlers: { [kind]: async () => undefined },
  });
  try {
    await body(await enqueue(db(), { kind, payload: {} }), end);
  } finally {
    end();
    controller.abort();
    await worker.stopped;
  }
}

const succeeded = (id: string) => eventually(async () => (await jobRow(id)).status === "SUCCEEDED");

describe("a worker that yields to the foreground", () => {
  it("claims nothing while urgent work runs, and claims at once when it ends", async () => {
    await withBusyForeground(60_000, async ({ id }, end) => {
      await sleep(300);
      expect((await jobRow(id)).status).toBe("PENDING");
      end();
      await succeeded(id);
    });
  });

  it("still runs jobs when the urgent work never stops, after the bounded wait", async () => {
    await withBusyForeground(50, async ({ id }) => {
      await succeeded(id);
    });
  });
});
