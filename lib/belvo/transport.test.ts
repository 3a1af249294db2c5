import { afterEach, describe, expect, it } from "vitest";
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import link from "./fixtures/link-sandbox.json";
import errors from "./fixtures/errors.json";
import type { BelvoRequestEvent } from "./http";
import { createBelvoClient } from "./client";
import { BelvoError } from "./errors";
import type { ScriptedReply, SeenRequest } from "./testing/test-server";
import { startScriptedServer } from "./testing/test-server";

// Real HTTP against a scripted local server: exact control over Retry-After values and failures.
let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

async function setup(reply: (request: SeenRequest, index: number) => ScriptedReply, retry = {}) {
  const server = await startScriptedServer(reply);
  close = server.close;
  const sleeps: number[] = [];
  const events: BelvoRequestEvent[] = [];
  const client = createBelvoClient({
    baseUrl: server.url,
    secretId: "id",
    secretPassword: "pw",
    // Wide margins: a loaded test machine (parallel workers) must not turn a fast reply into a
    // timeout, nor a slow one into a success.
    timeoutMs: 1500,
    retrievalTimeoutMs: 4000,
    retry: { sleep: async (ms: number) => void sleeps.push(ms), random: () => 0.5, ...retry },
    onRequest: (event) => events.push(event),
  });
  return { client, seen: server.seen, sleeps, events, url: server.url };
}

async function caught(promise: Promise<unknown>): Promise<BelvoError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof BelvoError)) throw new Error(`expected BelvoError, got ${String(error)}`);
  return error;
}

describe("transport", () => {
  it("sends Basic auth and JSON", async () => {
    const { client, seen } = await setup(() => ({ status: 200, body: link }));
    await client.links.get(link.id);
    expect(seen[0]?.headers.authorization).toBe(`Basic ${Buffer.from("id:pw").toString("base64")}`);
    expect(seen[0]?.url).toBe(`/api/links/${link.id}/`);
  });

  it("retries a GET after 429, waiting exactly the Retry-After seconds", async () => {
    const { client, seen, sleeps } = await setup((_, i) =>
      i === 0
        ? {
            status: 429,
            body: [{ code: "too_many_requests", message: "slow down", request_id: "a".repeat(32) }],
            headers: { "retry-after": "3" },
          }
        : { status: 200, body: link },
    );
    await expect(client.links.get(link.id)).resolves.toMatchObject({ id: link.id });
    expect(seen).toHaveLength(2);
    expect(sleeps).toEqual([3000]);
  });

  it("honours an HTTP-date Retry-After", async () => {
    const now = Date.parse("2026-01-01T00:00:00Z");
    const { client, sleeps } = await setup(
      (_, i) =>
        i === 0
          ? { status: 503, headers: { "retry-after": "Thu, 01 Jan 2026 00:00:02 GMT" } }
          : { status: 200, body: link },
      { now: () => now },
    );
    await client.links.get(link.id);
    expect(sleeps).toEqual([2000]);
  });

  it("backs off exponentially on 5xx and gives up after maxAttempts", async () => {
    const { client, seen, sleeps, events } = await setup(
      () => ({ status: 500, body: errors.unexpected }),
      { maxAttempts: 3, baseDelayMs: 100 },
    );
    const error = await caught(client.links.get(link.id));
    expect(error).toMatchObject({ code: "unexpected", status: 500, belvoCode: "unexpected_error" });
    expect(seen).toHaveLength(3);
    expect(sleeps).toEqual([75, 150]);
    expect(events.map((e) => e.attempt)).toEqual([1, 2, 3]);
  });

  it("does not wait for a Retry-After beyond its patience", async () => {
    const { client, seen } = await setup(() => ({
      status: 429,
      headers: { "retry-after": "3600" },
    }));
    const error = await caught(client.links.get(link.id));
    expect(error).toMatchObject({ code: "rate_limited", retryAfter: "3600" });
    expect(seen).toHaveLength(1);
  });

  it("never retries a POST, even on 500 or 429", async () => {
    for (const status of [500, 429, 503]) {
      const { client, seen } = await setup(() => ({ status, headers: { "retry-after": "0" } }));
      await caught(client.employmentRecords.retrieve({ linkId: link.id }));
      await caught(
        client.links.create({ institution: "imss_mx_employment", curp: "BLPM951331IONVGR54" }),
      );
      await caught(
        client.widgetToken.create({ callbackUrls: { success: "s", exit: "e", event: "v" } }),
      );
      expect(seen.map((r) => r.method)).toEqual(["POST", "POST", "POST"]);
      await close?.();
      close = undefined;
    }
  });

  it("never retries PATCH, PUT or DELETE", async () => {
    const { client, seen } = await setup(() => ({ status: 503 }));
    await caught(client.links.update(link.id, { accessMode: "single" }));
    await caught(client.links.updateCredentials(link.id, { password: "x" }));
    await caught(client.links.delete(link.id));
    expect(seen.map((r) => r.method)).toEqual(["PATCH", "PUT", "DELETE"]);
  });

  it("retries a GET on a refused connection, then reports it", async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const sleeps: number[] = [];
    const client = createBelvoClient({
      baseUrl: `http://127.0.0.1:${port}`,
      secretId: "id",
      secretPassword: "pw",
      retry: { maxAttempts: 2, sleep: async (ms: number) => void sleeps.push(ms) },
    });
    const error = await caught(client.institutions.list());
    expect(error.code).toBe("unexpected");
    expect(error.status).toBeNull();
    expect(error.message).toMatch(/Could not reach Belvo/);
    expect(sleeps).toHaveLength(1);
  });

  it("times out a slow GET with our own timeout, and does not retry it", async () => {
    const { client, seen } = await setup(() => ({ status: 200, body: link, delayMs: 6000 }));
    const error = await caught(client.links.get(link.id));
    expect(error).toMatchObject({ code: "timeout", status: null });
    expect(seen).toHaveLength(1);
  });

  it("gives retrieval POSTs the longer retrieval timeout", async () => {
    const { client } = await setup(() => ({ status: 201, body: [], delayMs: 2500 }));
    await expect(client.employmentRecords.retrieve({ linkId: link.id })).resolves.toEqual([]);
  });

  it("sends the async header and returns the request id from the 202", async () => {
    const { client, seen } = await setup(() => ({
      status: 202,
      body: { request_id: "b5d0106ac9cc43d5b36199fe831f6bbe" },
    }));
    await expect(
      client.employmentRecords.retrieveAsync({ linkId: link.id, attachPdf: true }),
    ).resolves.toEqual({
      requestId: "b5d0106ac9cc43d5b36199fe831f6bbe",
    });
    expect(seen[0]?.headers["x-belvo-request-mode"]).toBe("async");
    expect(JSON.parse(seen[0]?.body ?? "")).toEqual({
      link: link.id,
      save_data: true,
      attach_pdf: true,
    });
  });

  it("treats a 2xx that is not JSON as unexpected", async () => {
    const { client } = await setup(() => ({ status: 200, raw: "{not json" }));
    expect((await caught(client.links.get(link.id))).message).toBe(
      "Belvo answered 200 with a body that is not JSON",
    );
  });

  it("refuses to follow a next link to another origin (it would leak our keys)", async () => {
    const { client, seen } = await setup(() => ({
      status: 200,
      body: {
        count: 2,
        next: "https://evil.example/api/links/?page=2",
        previous: null,
        results: [link],
      },
    }));
    const iterator = client.links.iterate();
    await expect(iterator.next()).resolves.toMatchObject({ value: { id: link.id } });
    const error = await caught(iterator.next());
    expect(error.message).toMatch(/another origin/);
    expect(seen).toHaveLength(1);
  });

  it("follows next links carrying Belvo's own query", async () => {
    const { client, seen, url } = await setup((request) => {
      const page = new URL(request.url, "http://x").searchParams.get("page") ?? "1";
      const next =
        page === "1" ? `${url}/api/links/?page=2&page_size=1&institution=imss_mx_employment` : null;
      return {
        status: 200,
        body: { count: 2, next, previous: null, results: [{ ...link, id: `link-${page}` }] },
      };
    });
    const ids: string[] = [];
    for await (const item of client.links.iterate({
      institution: "imss_mx_employment",
      pageSize: 1,
    }))
      ids.push(item.id);
    expect(ids).toEqual(["link-1", "link-2"]);
    expect(seen.map((r) => r.url)).toEqual([
      "/api/links/?institution=imss_mx_employment&page_size=1",
      "/api/links/?page=2&page_size=1&institution=imss_mx_employment",
    ]);
  });

  it("reports attempts without query strings (no CURP in logs)", async () => {
    const { client, events } = await setup(() => ({
      status: 200,
      body: { count: 0, next: null, previous: null, results: [] },
    }));
    await client.employmentRecords.list({ internalIdentification: "BLPM951331IONVGR54" });
    expect(JSON.stringify(events)).not.toContain("BLPM951331IONVGR54");
    expect(events[0]).toMatchObject({
      method: "GET",
      path: "/api/employment-records/",
      status: 200,
      attempt: 1,
    });
  });

  it("sends the widget token body with keys, callbacks and branding", async () => {
    const { client, seen } = await setup(() => ({
      status: 201,
      body: { access: "a.b.c", refresh: "d.e.f" },
    }));
    await client.widgetToken.create({
      callbackUrls: { success: "https://app/s", exit: "https://app/x", event: "https://app/e" },
      fetchResources: ["EMPLOYMENT_RECORDS"],
      externalId: "app_123",
      branding: { companyName: "Cotiza" },
    });
    expect(JSON.parse(seen[0]?.body ?? "")).toEqual({
      id: "id",
      password: "pw",
      scopes: "read_institutions,write_links",
      fetch_resources: ["EMPLOYMENT_RECORDS"],
      external_id: "app_123",
      widget: {
        callback_urls: { success: "https://app/s", exit: "https://app/x", event: "https://app/e" },
        branding: { company_name: "Cotiza" },
      },
    });
  });
});
