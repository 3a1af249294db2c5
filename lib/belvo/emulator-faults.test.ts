import { describe, expect, it } from "vitest";
import { PERSONAS } from "@/scripts/belvo-emulator/personas";
import {
  armedFaults,
  basicAuth,
  caught,
  client,
  fault,
  linkFor,
  withEmulator,
} from "./testing/emulator-harness";

// Our client against the running emulator over real HTTP (not a mocked fetch).
const emulator = withEmulator();

describe("faults", () => {
  it("rate_limit on a GET: retried after exactly Retry-After", async () => {
    await fault({ kind: "rate_limit", count: 1, path: "/api/institutions/" });
    const raw = await fetch(`${emulator().url}/api/institutions/`, {
      headers: { Authorization: basicAuth() },
    });
    expect(raw.status).toBe(429);
    const retryAfter = Number(raw.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    await fault({ kind: "rate_limit", count: 1, path: "/api/institutions/" });
    const { belvo, sleeps, sent } = client();
    await expect(belvo.institutions.list()).resolves.toMatchObject({ count: expect.any(Number) });
    expect(sleeps).toEqual([retryAfter * 1000]);
    expect(sent).toHaveLength(2);
  });

  it("rate_limit that persists: rate_limited after maxAttempts", async () => {
    await fault({ kind: "rate_limit", count: 10, path: "/api/links/" });
    const { belvo, sent } = client({ retry: { maxAttempts: 3 } });
    expect((await caught(belvo.links.list())).code).toBe("rate_limited");
    expect(sent).toHaveLength(3);
  });

  it("server_error on a GET: retried with backoff, then succeeds", async () => {
    await fault({ kind: "server_error", count: 2, path: "/api/institutions/" });
    const { belvo, sleeps, sent } = client({ retry: { maxAttempts: 3, baseDelayMs: 100 } });
    await belvo.institutions.list();
    expect(sent).toHaveLength(3);
    expect(sleeps).toEqual([75, 150]);
  });

  it("server_error on a retrieval POST: sent exactly once, never retried", async () => {
    const { belvo, sent, events } = client({ retry: { maxAttempts: 5 } });
    const link = await linkFor(belvo, PERSONAS.stable.curp);
    // Two faults armed: if the POST were replayed it would use both and the GET below would not see one.
    await fault({ kind: "server_error", count: 2, path: "/api/employment-records/" });
    sent.length = 0;
    events.length = 0;
    const error = await caught(belvo.employmentRecords.retrieve({ linkId: link.id }));
    expect(error).toMatchObject({ code: "unexpected", status: 500 });
    expect(sent).toEqual(["POST /api/employment-records/"]);
    // The emulator's own count agrees: the POST consumed exactly one of the two faults.
    expect(await armedFaults()).toEqual([
      expect.objectContaining({ kind: "server_error", remaining: 1 }),
    ]);
    await belvo.employmentRecords.list({ link: link.id });
    expect(events.map((e) => `${e.method} ${e.status}`)).toEqual([
      "POST 500",
      "GET 500",
      "GET 200",
    ]);
  });

  it("rate_limit on link creation: POST not retried", async () => {
    await fault({ kind: "rate_limit", count: 1, path: "/api/links/" });
    const { belvo, sent } = client();
    expect((await caught(linkFor(belvo, PERSONAS.stable.curp))).code).toBe("rate_limited");
    expect(sent).toEqual(["POST /api/links/"]);
  });

  it("latency below our timeout is just slow; above it is our own timeout", async () => {
    await fault({ kind: "latency", ms: 300, count: 1, path: "/api/institutions/" });
    const started = Date.now();
    await client().belvo.institutions.list();
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    await fault({ kind: "latency", ms: 2_000, count: 1, path: "/api/institutions/" });
    const error = await caught(client({ timeoutMs: 300 }).belvo.institutions.list());
    expect(error).toMatchObject({ code: "timeout", status: null });
  });

  it("timeout fault: Belvo's 408, or our own timeout first; the POST is sent once either way", async () => {
    const { belvo, sent } = client({ retrievalTimeoutMs: 1_000 });
    const link = await linkFor(belvo, PERSONAS.stable.curp);
    await fault({ kind: "timeout", count: 1, path: "/api/employment-records/", ms: 50 });
    sent.length = 0;
    const belvo408 = await caught(belvo.employmentRecords.retrieve({ linkId: link.id }));
    expect(belvo408).toMatchObject({ code: "timeout", status: 408, belvoCode: "request_timeout" });
    await fault({ kind: "timeout", count: 1, path: "/api/employment-records/", ms: 2_000 });
    const ours = await caught(belvo.employmentRecords.retrieve({ linkId: link.id }));
    expect(ours).toMatchObject({ code: "timeout", status: null });
    expect(sent).toEqual(["POST /api/employment-records/", "POST /api/employment-records/"]);
  });

  it("malformed body: unexpected, naming the problem", async () => {
    await fault({ kind: "malformed", count: 1, path: "/api/links/" });
    const error = await caught(client().belvo.links.list());
    expect(error.code).toBe("unexpected");
    expect(error.message).toMatch(/not JSON|Belvo response/);
  });

  it("institution_down fault: institution_unavailable on retrieval", async () => {
    const { belvo } = client();
    const link = await linkFor(belvo, PERSONAS.stable.curp);
    await fault({ kind: "institution_down", count: 1, path: "/api/employment-records/" });
    const error = await caught(belvo.employmentRecords.retrieve({ linkId: link.id }));
    expect(error).toMatchObject({ code: "institution_unavailable", belvoCode: "institution_down" });
  });
});
