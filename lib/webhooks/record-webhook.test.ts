import { afterEach, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/webhooks/belvo/route";
import { db } from "@/lib/db";
import { BELVO_WEBHOOK_JOB } from "./job-kinds";
import { recordBelvoWebhook, storeBelvoWebhooks } from "./record-webhook";
import { deliveryRequest, sampleWebhook } from "./testing/webhooks";

/** How many events and jobs the database holds for each webhook id. */
async function storedFor(webhookIds: readonly string[]) {
  const events = await db().webhookEvent.findMany({
    where: { webhookId: { in: [...webhookIds] } },
  });
  const jobs = await db().backgroundJob.findMany({
    where: {
      kind: BELVO_WEBHOOK_JOB,
      OR: events.map((event) => ({ payload: { equals: { webhookEventId: event.id } } })),
    },
  });
  return webhookIds.map((webhookId) => {
    const own = events.filter((event) => event.webhookId === webhookId);
    const ownJobs = jobs.filter((job) =>
      own.some((event) => (job.payload as { webhookEventId?: string }).webhookEventId === event.id),
    );
    return { events: own.length, jobs: ownJobs.length };
  });
}

afterEach(() => vi.restoreAllMocks());

describe("storeBelvoWebhooks", () => {
  it("stores the first copy of an id inside one batch; later copies are duplicates", async () => {
    const a = sampleWebhook();
    const b = sampleWebhook({ webhook_type: "LINK", webhook_code: "token_required" });
    const aAgain = { ...a, data: { second: true } };
    const outcomes = await storeBelvoWebhooks([a, b, aAgain]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual([
      "accepted",
      "accepted",
      "duplicate",
    ]);
    expect(await storedFor([a.webhook_id, b.webhook_id])).toEqual([
      { events: 1, jobs: 1 },
      { events: 1, jobs: 1 },
    ]);
    const stored = await db().webhookEvent.findUniqueOrThrow({
      where: { webhookId: a.webhook_id },
    });
    expect(stored.data).toEqual(a.data);
    // Each accepted delivery names its own event and job.
    const [first, second] = outcomes;
    expect(first?.status === "accepted" && second?.status === "accepted").toBe(true);
    if (first?.status === "accepted" && second?.status === "accepted") {
      expect(first.eventId).toBe(stored.id);
      expect(first.jobId).not.toBe(second.jobId);
      const job = await db().backgroundJob.findUniqueOrThrow({ where: { id: first.jobId } });
      expect(job.payload).toEqual({ webhookEventId: stored.id });
    }
  });

  it("an id stored by an earlier batch is a duplicate in a later one, and queues nothing", async () => {
    const a = sampleWebhook();
    const c = sampleWebhook({ process_type: null, request_id: null });
    await storeBelvoWebhooks([a]);
    const outcomes = await storeBelvoWebhooks([c, a]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["accepted", "duplicate"]);
    expect(await storedFor([a.webhook_id, c.webhook_id])).toEqual([
      { events: 1, jobs: 1 },
      { events: 1, jobs: 1 },
    ]);
    expect(
      await db().webhookEvent.findUniqueOrThrow({ where: { webhookId: c.webhook_id } }),
    ).toMatchObject({ processType: null, requestId: null, belvoLinkId: c.link_id });
  });
});

describe("recordBelvoWebhook under concurrency", () => {
  it("groups concurrent deliveries into few statements; one event and one job per id", async () => {
    const earlier = sampleWebhook();
    await recordBelvoWebhook(earlier);
    const originals = Array.from({ length: 30 }, () => sampleWebhook());
    // Every original twice and the earlier one again, interleaved: repeats inside a batch and
    // across batches, as Belvo's retries race their originals.
    const deliveries = [...originals, earlier, ...originals.toReversed()];
    const statements = vi.spyOn(db(), "$queryRaw");
    const outcomes = await Promise.all(deliveries.map((webhook) => recordBelvoWebhook(webhook)));
    expect(statements.mock.calls.length).toBeLessThan(deliveries.length / 4);
    const acceptedIds = deliveries
      .filter((_, i) => outcomes[i]?.status === "accepted")
      .map((webhook) => webhook.webhook_id);
    expect(acceptedIds.toSorted()).toEqual(originals.map((w) => w.webhook_id).toSorted());
    const ids = [earlier, ...originals].map((webhook) => webhook.webhook_id);
    expect(await storedFor(ids)).toEqual(ids.map(() => ({ events: 1, jobs: 1 })));
  });

  it("a batch that cannot be stored answers no delivery with 200, and the next one works", async () => {
    const webhooks = Array.from({ length: 5 }, () => sampleWebhook());
    const statements = vi
      .spyOn(db(), "$queryRaw")
      .mockRejectedValue(new Error("connection terminated"));
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const answers = await Promise.all(webhooks.map((webhook) => POST(deliveryRequest(webhook))));
    expect(answers.map((answer) => answer.status)).toEqual([500, 500, 500, 500, 500]);
    // One batch, then each delivery alone: nothing got through.
    expect(statements.mock.calls.length).toBe(1 + webhooks.length);
    statements.mockRestore();
    expect(await storedFor(webhooks.map((w) => w.webhook_id))).toEqual(
      webhooks.map(() => ({ events: 0, jobs: 0 })),
    );
    // Belvo retries: the same deliveries are now stored, each once.
    const retried = await Promise.all(webhooks.map((webhook) => POST(deliveryRequest(webhook))));
    expect(retried.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200]);
    expect(await storedFor(webhooks.map((w) => w.webhook_id))).toEqual(
      webhooks.map(() => ({ events: 1, jobs: 1 })),
    );
  });
});
