import { describe, expect, it } from "vitest";
import { PERSONAS } from "./personas";
import { webhookSuite } from "./testing/webhook-suite";

type Row = Record<string, unknown>;

const setup = webhookSuite();

describe("webhooks", () => {
  it("async retrieval: 202 with a request_id, then historical_update with the same request_id and the Authorization header", async () => {
    const { call, receiver } = await setup();
    const link = (
      await call("POST", "/api/links/", {
        institution: "imss_mx_employment",
        username: PERSONAS.stable.curp,
        access_mode: "single",
        external_id: "ext_1",
      })
    ).body as Row;
    const accepted = await call(
      "POST",
      "/api/employment-records/",
      { link: link.id },
      { "X-Belvo-Request-Mode": "async" },
    );
    expect(accepted.status).toBe(202);
    const requestId = (accepted.body as Row).request_id;
    expect(requestId).toMatch(/^[a-f0-9]{32}$/);
    const [delivery] = await receiver.waitFor(1);
    expect(delivery?.headers.authorization).toBe("Bearer s3cr3t");
    expect(delivery?.body).toEqual({
      webhook_id: expect.stringMatching(/^[a-f0-9]{32}$/),
      webhook_type: "EMPLOYMENT_RECORDS",
      webhook_code: "historical_update",
      process_type: "historical_update",
      link_id: link.id,
      request_id: requestId,
      external_id: "ext_1",
      data: { total_employment_record_profiles: 1 },
    });
    const listed = (await call("GET", `/api/employment-records/?link=${String(link.id)}`))
      .body as Row;
    expect(listed.count).toBe(1);
  });

  it("retries failed deliveries with linear backoff, logging every attempt", async () => {
    const { call, receiver, emulator } = await setup([500, 503, 404]);
    await call("POST", "/api/links/", {
      institution: "imss_mx_employment",
      username: PERSONAS.stable.curp,
      access_mode: "single",
      fetch_resources: ["EMPLOYMENT_RECORDS"],
    });
    await receiver.waitFor(4);
    await emulator.idle();
    const log = (await (await fetch(`${emulator.url}/_emulator/webhooks`)).json()) as {
      deliveries: Row[];
    };
    expect(log.deliveries.map((entry) => [entry.attempt, entry.status, entry.delivered])).toEqual([
      [1, 500, false],
      [2, 503, false],
      [3, 404, false],
      [4, 200, true],
    ]);
    const times = log.deliveries.map((entry) => Date.parse(String(entry.at)));
    expect((times[3] ?? 0) - (times[2] ?? 0)).toBeGreaterThanOrEqual(3 * 20 - 5);
    expect(new Set(receiver.received.map((item) => item.body.webhook_id)).size).toBe(1);
  });

  it("gives up after 5 retries", async () => {
    const { call, receiver, emulator } = await setup([500, 500, 500, 500, 500, 500, 500]);
    await call("POST", "/api/links/", {
      institution: "imss_mx_employment",
      username: PERSONAS.stable.curp,
      access_mode: "single",
      fetch_resources: ["EMPLOYMENT_RECORDS"],
    });
    await emulator.idle();
    expect(receiver.received).toHaveLength(6);
  });

  it("link creation with fetch_resources stores records and announces them (records and metrics)", async () => {
    const { call, receiver, emulator } = await setup();
    const link = (
      await call("POST", "/api/links/", {
        institution: "imss_mx_employment",
        username: PERSONAS.capped.curp,
        access_mode: "single",
        fetch_resources: ["EMPLOYMENT_RECORDS", "EMPLOYMENT_METRICS"],
      })
    ).body as Row;
    await emulator.idle();
    expect(
      receiver.received
        .map((item) => `${String(item.body.webhook_type)}/${String(item.body.webhook_code)}`)
        .sort(),
    ).toEqual(["EMPLOYMENT_METRICS/historical_update", "EMPLOYMENT_RECORDS/historical_update"]);
    expect(
      ((await call("GET", `/api/employment-records/?link=${String(link.id)}`)).body as Row).count,
    ).toBe(1);
    expect(
      ((await call("GET", `/api/employment-metrics/?link=${String(link.id)}`)).body as Row).count,
    ).toBe(1);
  });
});
