import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PERSONAS } from "./personas";
import type { RunningEmulator } from "./server";
import { belvoCaller, testEmulator } from "./testing/harness";

type Row = Record<string, unknown>;

let emulator: RunningEmulator;
let call: ReturnType<typeof belvoCaller>;
const EXTRACTION_MS = 400;

beforeAll(async () => {
  emulator = await testEmulator({ extractionDelayMs: EXTRACTION_MS });
  call = belvoCaller(emulator);
});
afterAll(() => emulator.close());
beforeEach(async () => {
  await fetch(`${emulator.url}/_emulator/reset`, { method: "POST" });
});

const createLink = (curp: string, institution = "imss_mx_employment") =>
  call("POST", "/api/links/", { institution, username: curp, access_mode: "single" });

async function firstError(reply: { status: number; body: unknown }): Promise<Row> {
  return ((reply.body as Row[])[0] ?? {}) as Row;
}

describe("fault injection", () => {
  it("applies to the next N matching Belvo calls only", async () => {
    const arm = (fault: Row) =>
      fetch(`${emulator.url}/_emulator/faults`, { method: "POST", body: JSON.stringify(fault) });
    await arm({ kind: "server_error", count: 2, path: "/api/institutions/" });
    expect((await call("GET", "/api/links/")).status).toBe(200);
    expect((await call("GET", "/api/institutions/")).status).toBe(500);
    expect(await firstError(await call("GET", "/api/institutions/"))).toMatchObject({
      code: "unexpected_error",
    });
    expect((await call("GET", "/api/institutions/")).status).toBe(200);

    await arm({ kind: "rate_limit", ms: 3000 });
    const limited = await call("GET", "/api/links/");
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("3");

    await arm({ kind: "institution_down", path: "/api/links/" });
    expect(await firstError(await createLink(PERSONAS.stable.curp))).toMatchObject({
      code: "institution_down",
    });

    await arm({ kind: "timeout", ms: 10 });
    expect((await call("GET", "/api/institutions/")).status).toBe(408);

    await arm({ kind: "malformed" });
    const malformed = await fetch(`${emulator.url}/api/institutions/`, {
      headers: {
        Authorization: `Basic ${Buffer.from(`${emulator.secretId}:${emulator.secretPassword}`).toString("base64")}`,
      },
    });
    expect(malformed.status).toBe(200);
    await expect(malformed.json()).rejects.toThrow();

    await arm({ kind: "latency", ms: 150 });
    const started = performance.now();
    expect((await call("GET", "/api/institutions/")).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);

    await arm({ kind: "server_error", count: 5 });
    await fetch(`${emulator.url}/_emulator/faults`, { method: "DELETE" });
    expect((await call("GET", "/api/institutions/")).status).toBe(200);
  });
});
