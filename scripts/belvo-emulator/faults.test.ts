import { describe, expect, it } from "vitest";
import { PERSONAS } from "./personas";
import { basicAuth, firstError } from "./testing/harness";
import { emulatorSuite } from "./testing/suite";

type Row = Record<string, unknown>;

const EXTRACTION_MS = 400;

const s = emulatorSuite({ extractionDelayMs: EXTRACTION_MS });

describe("fault injection", () => {
  it("applies to the next N matching Belvo calls only", async () => {
    const arm = (fault: Row) =>
      fetch(`${s.emulator.url}/_emulator/faults`, { method: "POST", body: JSON.stringify(fault) });
    await arm({ kind: "server_error", count: 2, path: "/api/institutions/" });
    expect((await s.call("GET", "/api/links/")).status).toBe(200);
    expect((await s.call("GET", "/api/institutions/")).status).toBe(500);
    expect(await firstError(await s.call("GET", "/api/institutions/"))).toMatchObject({
      code: "unexpected_error",
    });
    expect((await s.call("GET", "/api/institutions/")).status).toBe(200);

    await arm({ kind: "rate_limit", ms: 3000 });
    const limited = await s.call("GET", "/api/links/");
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("3");

    await arm({ kind: "institution_down", path: "/api/links/" });
    expect(await firstError(await s.createLink(PERSONAS.stable.curp))).toMatchObject({
      code: "institution_down",
    });

    await arm({ kind: "timeout", ms: 10 });
    expect((await s.call("GET", "/api/institutions/")).status).toBe(408);

    await arm({ kind: "malformed" });
    const malformed = await fetch(`${s.emulator.url}/api/institutions/`, {
      headers: {
        Authorization: basicAuth(s.emulator),
      },
    });
    expect(malformed.status).toBe(200);
    await expect(malformed.json()).rejects.toThrow();

    await arm({ kind: "latency", ms: 150 });
    const started = performance.now();
    expect((await s.call("GET", "/api/institutions/")).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);

    await arm({ kind: "server_error", count: 5 });
    await fetch(`${s.emulator.url}/_emulator/faults`, { method: "DELETE" });
    expect((await s.call("GET", "/api/institutions/")).status).toBe(200);
  });
});
