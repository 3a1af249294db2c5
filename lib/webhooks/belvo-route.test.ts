import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/webhooks/belvo/route";
import { db } from "@/lib/db";
import { BELVO_WEBHOOK_JOB } from "./job-kinds";
import { deliveryRequest, sampleWebhook, TEST_AUTHORIZATION } from "./testing/webhooks";

async function deliver(body: unknown, authorization?: string | null) {
  const response = await POST(deliveryRequest(body, authorization));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const eventsFor = (webhookId: string) => db().webhookEvent.findMany({ where: { webhookId } });
const jobsFor = async (webhookId: string) => {
  const events = await eventsFor(webhookId);
  return db().backgroundJob.findMany({
    where: {
      kind: BELVO_WEBHOOK_JOB,
      OR: events.map((event) => ({ payload: { equals: { webhookEventId: event.id } } })),
    },
  });
};

describe("POST /api/webhooks/belvo", () => {
  it("refuses a missing or wrong Authorization value with 401 and stores nothing", async () => {
    const webhook = sampleWebhook();
    for (const authorization of [
      null,
      "",
      "Bearer wrong",
      `${TEST_AUTHORIZATION} `,
      TEST_AUTHORIZATION.toLowerCase(),
    ]) {
      const answer = await deliver(webhook, authorization);
      expect(answer.status).toBe(401);
      expect(answer.body).toEqual({ error: { code: "unauthorized", message: expect.any(String) } });
    }
    expect(await eventsFor(webhook.webhook_id)).toHaveLength(0);
  });

  it("accepts the right Authorization value: stores the event and queues one job", async () => {
    const webhook = sampleWebhook();
    const answer = await deliver(webhook);
    expect(answer).toEqual({ status: 200, body: { status: "accepted" } });
    const [event] = await eventsFor(webhook.webhook_id);
    expect(event).toMatchObject({
      webhookType: "EMPLOYMENT_RECORDS",
      webhookCode: "historical_update",
      processType: "historical_update",
      belvoLinkId: webhook.link_id,
      requestId: webhook.request_id,
      data: { total_employment_record_profiles: 1 },
    });
    const jobs = await jobsFor(webhook.webhook_id);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({
      payload: { webhookEventId: event?.id },
      maxAttempts: 5,
    });
  });

  it("acknowledges uncompressed and uncacheable: the answer is a few bytes and never reused", async () => {
    const response = await POST(deliveryRequest(sampleWebhook()));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store, no-transform");
  });

  it("answers 400 with a clear message for bodies that are not Belvo webhooks", async () => {
    const notJson = await deliver("{not json");
    expect(notJson).toEqual({
      status: 400,
      body: { error: { code: "bad_request", message: "errors.webhook.notJson" } },
    });
    const { webhook_id: _dropped, ...withoutId } = sampleWebhook();
    const missing = await deliver({ ...withoutId, data: "nope" });
    expect(missing.status).toBe(400);
    expect(missing.body.error).toMatchObject({
      message: "errors.webhook.notBelvo",
      params: { issues: expect.stringMatching(/webhook_id.*data/) },
    });
    expect((await deliver([])).status).toBe(400);
    expect((await deliver({ ...sampleWebhook(), webhook_id: "x".repeat(500) })).status).toBe(400);
  });

  it("refuses bodies that can never be stored with a 4xx, and stores nothing", async () => {
    // 20,000 levels: refused on the raw text before JSON.parse, so nothing recurses that deep.
    const deepWebhook = sampleWebhook();
    const depth = 20_000;
    const deep = JSON.stringify({ ...deepWebhook, data: { x: 0 } }).replace(
      '{"x":0}',
      `{"x":${"[".repeat(depth)}${"]".repeat(depth)}}`,
    );
    expect(await deliver(deep)).toEqual({
      status: 400,
      body: {
        error: { code: "bad_request", message: "errors.webhook.tooDeep", params: { levels: 32 } },
      },
    });
    expect(await eventsFor(deepWebhook.webhook_id)).toHaveLength(0);

    const nulValue = sampleWebhook({ data: { employer: "ACME\u0000" } });
    const nulKey = sampleWebhook({ data: { "a\u0000b": 1 } });
    const loneSurrogate = sampleWebhook({ data: { list: ["ok", "\ud800"] } });
    const nulId = sampleWebhook({ request_id: "req\u0000" });
    const refused = [
      [nulValue, "data.employer"],
      [nulKey, "data.a\uFFFDb"],
      [loneSurrogate, "data.list.1"],
      [nulId, "request_id"],
    ] as const;
    for (const [webhook, field] of refused) {
      expect(await deliver(webhook)).toEqual({
        status: 400,
        body: {
          error: {
            code: "bad_request",
            message: "errors.webhook.controlCharacters",
            fields: { [field]: "errors.validation.controlCharacters" },
          },
        },
      });
      expect(await eventsFor(webhook.webhook_id)).toHaveLength(0);
    }
  });

  it("answers 413 to a body over 64 KiB, declared or streamed, and stores nothing", async () => {
    const webhook = sampleWebhook({ data: { padding: "x".repeat(64 * 1024) } });
    const answer = await deliver(webhook);
    expect(answer).toEqual({
      status: 413,
      body: { error: { code: "too_large", message: "errors.webhook.tooLarge" } },
    });
    const request = deliveryRequest(sampleWebhook());
    request.headers.set("content-length", String(64 * 1024 + 1));
    expect((await POST(request)).status).toBe(413);
    expect(await eventsFor(webhook.webhook_id)).toHaveLength(0);
    // Just under the limit is still a webhook.
    const padded = sampleWebhook({ data: { padding: "x".repeat(60 * 1024) } });
    expect(await deliver(padded)).toEqual({ status: 200, body: { status: "accepted" } });
  });

  it("is idempotent per webhook_id: a repeat is acknowledged as a duplicate and queues nothing", async () => {
    const webhook = sampleWebhook({
      webhook_type: "LINK",
      webhook_code: "invalid_credentials",
      data: { status: 400 },
    });
    expect((await deliver(webhook)).body).toEqual({ status: "accepted" });
    expect(await deliver(webhook)).toEqual({ status: 200, body: { status: "duplicate" } });
    expect(await eventsFor(webhook.webhook_id)).toHaveLength(1);
    expect(await jobsFor(webhook.webhook_id)).toHaveLength(1);
  });

  it("stays idempotent when copies of one delivery arrive at the same time", async () => {
    const webhook = sampleWebhook();
    const answers = await Promise.all(Array.from({ length: 8 }, () => deliver(webhook)));
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    expect(answers.filter((answer) => answer.body.status === "accepted")).toHaveLength(1);
    expect(await eventsFor(webhook.webhook_id)).toHaveLength(1);
    expect(await jobsFor(webhook.webhook_id)).toHaveLength(1);
  });
});
