import { describe, expect, it } from "vitest";
import { PERSONAS } from "./personas";
import { basicAuth, firstError, sampleCurp } from "./testing/harness";
import { emulatorSuite } from "./testing/suite";

type Row = Record<string, unknown>;

const EXTRACTION_MS = 400;

const s = emulatorSuite({ extractionDelayMs: EXTRACTION_MS });

describe("error personas", () => {
  it("answer with IMSS's status, code and Spanish message", async () => {
    const cases: [string, number, string, string][] = [
      [
        PERSONAS.curpNotFound.curp,
        400,
        "login_error",
        "El CURP proporcionado no fue localizado en la entidad externa RENAPO",
      ],
      [
        PERSONAS.nssMismatch.curp,
        400,
        "invalid_credentials",
        "El NSS capturado no coincide con la CURP",
      ],
      [
        PERSONAS.institutionDown.curp,
        400,
        "institution_down",
        "The financial institution is down, try again later",
      ],
      [
        PERSONAS.dailyLimit.curp,
        403,
        "forbidden_by_host",
        "Has agotado el número de solicitudes permitidas por día.",
      ],
    ];
    for (const [curp, status, code, message] of cases) {
      const reply = await s.createLink(curp);
      expect(reply.status, curp).toBe(status);
      expect(await firstError(reply)).toEqual({
        code,
        message,
        request_id: expect.stringMatching(/^[a-f0-9]{32}$/),
      });
    }
  });

  it("an ISSSTE-only person has no NSS at IMSS", async () => {
    const reply = await s.createLink(PERSONAS.issste.curp);
    expect(await firstError(reply)).toMatchObject({
      code: "login_error",
      message: "La persona no cuenta con NSS",
    });
  });

  it("slow extraction outlasts a short client timeout, then succeeds for a patient client", async () => {
    const link = (await s.createLink(PERSONAS.slow.curp)).body as Row;
    const impatient = fetch(`${s.emulator.url}/api/employment-records/`, {
      method: "POST",
      headers: {
        Authorization: basicAuth(s.emulator),
        "Content-Type": "application/json",
      },
      body: JSON.stringify({ link: link.id, save_data: false }),
      signal: AbortSignal.timeout(EXTRACTION_MS / 4),
    });
    await expect(impatient).rejects.toThrow();
    const started = performance.now();
    const patient = await s.call("POST", "/api/employment-records/", { link: link.id });
    expect(patient.status).toBe(201);
    expect(performance.now() - started).toBeGreaterThanOrEqual(EXTRACTION_MS - 20);
  });

  it("timeout persona: 408 request_timeout after the extraction delay", async () => {
    const link = (await s.createLink(PERSONAS.timeout.curp)).body as Row;
    const reply = await s.call("POST", "/api/employment-records/", { link: link.id });
    expect(reply.status).toBe(408);
    expect(await firstError(reply)).toMatchObject({ code: "request_timeout" });
  });
});

describe("IMSS daily limit", () => {
  it("refuses the 4th query of a CURP within 24 h (link creation and retrievals count), per institution", async () => {
    const curp = sampleCurp(5);
    const link = (await s.createLink(curp)).body as Row;
    expect((await s.call("POST", "/api/employment-records/", { link: link.id })).status).toBe(201);
    expect(
      (await s.call("POST", "/api/employment-records/", { link: link.id, save_data: false }))
        .status,
    ).toBe(200);
    const fourth = await s.call("POST", "/api/employment-records/", { link: link.id });
    expect(fourth.status).toBe(403);
    expect(await firstError(fourth)).toMatchObject({
      code: "forbidden_by_host",
      message: "Has agotado el número de solicitudes permitidas por día.",
    });
    expect((await s.createLink(curp)).status).toBe(403);
    expect((await s.createLink(curp, "issste_mx_employment")).status).toBe(201);
    expect((await s.createLink(sampleCurp(6))).status).toBe(201);
    // Metrics are computed from extracted data and cost no query.
    expect((await s.call("POST", "/api/employment-metrics/", { link: link.id })).status).toBe(201);

    await fetch(`${s.emulator.url}/_emulator/clock`, {
      method: "POST",
      body: JSON.stringify({ advance_ms: 23 * 3_600_000 }),
    });
    expect((await s.call("POST", "/api/employment-records/", { link: link.id })).status).toBe(403);
    await fetch(`${s.emulator.url}/_emulator/clock`, {
      method: "POST",
      body: JSON.stringify({ advance_ms: 3_600_000 }),
    });
    expect((await s.call("POST", "/api/employment-records/", { link: link.id })).status).toBe(201);
  });
});
