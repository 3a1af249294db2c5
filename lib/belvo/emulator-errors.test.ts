import { describe, expect, it } from "vitest";
import { PERSONAS } from "@/scripts/belvo-emulator/personas";
import type { BelvoError } from "./errors";
import {
  caught,
  client,
  control,
  errorFor,
  fault,
  linkFor,
  withEmulator,
} from "./testing/emulator-harness";

// Our client against the running emulator over real HTTP (not a mocked fetch).
withEmulator();

describe("error codes", () => {
  it("unauthorized: wrong keys", async () => {
    const error = await caught(client({ secretPassword: "wrong" }).belvo.institutions.list());
    expect(error).toMatchObject({
      code: "unauthorized",
      status: 401,
      belvoCode: "authentication_failed",
    });
    expect(error.requestId).toMatch(/^[a-f0-9]{32}$/);
  });

  it("not_found: unknown link", async () => {
    const error = await caught(client().belvo.links.get("00000000-0000-4000-8000-000000000000"));
    expect(error).toMatchObject({ code: "not_found", status: 404 });
  });

  it("invalid_credentials: NSS/CURP mismatch and CURP not found keep IMSS's Spanish message", async () => {
    const { belvo } = client();
    const mismatch = await errorFor(belvo, PERSONAS.nssMismatch.curp);
    expect(mismatch).toMatchObject({
      code: "invalid_credentials",
      status: 400,
      belvoCode: "invalid_credentials",
    });
    expect(mismatch.institutionMessage).toBe("El NSS capturado no coincide con la CURP");
    const notFound = await errorFor(belvo, PERSONAS.curpNotFound.curp);
    expect(notFound).toMatchObject({ code: "invalid_credentials", belvoCode: "login_error" });
    expect(notFound.institutionMessage).toMatch(/RENAPO/);
  });

  it("daily_limit: a CURP whose queries are used up, and the 4th query within 24 h", async () => {
    const { belvo } = client();
    const exhausted = await errorFor(belvo, PERSONAS.dailyLimit.curp);
    expect(exhausted).toMatchObject({
      code: "daily_limit",
      status: 403,
      belvoCode: "forbidden_by_host",
    });
    expect(exhausted.institutionMessage).toBe(
      "Has agotado el número de solicitudes permitidas por día.",
    );
    const attempts: (BelvoError | null)[] = [];
    for (let i = 0; i < 4; i += 1)
      attempts.push(await errorFor(belvo, PERSONAS.retiree.curp).catch(() => null));
    expect(attempts.find((a) => a !== null)?.code).toBe("daily_limit");
  });

  it("daily_limit lifts after 24 hours on the emulator clock", async () => {
    const { belvo } = client();
    const link = await linkFor(belvo, PERSONAS.longGap.curp);
    await belvo.employmentRecords.retrieve({ linkId: link.id });
    await belvo.employmentRecords.retrieve({ linkId: link.id });
    const error = await caught(belvo.employmentRecords.retrieve({ linkId: link.id }));
    expect(error.code).toBe("daily_limit");
    await control("clock", { now: new Date(Date.now() + 25 * 3_600_000).toISOString() });
    await expect(belvo.employmentRecords.retrieve({ linkId: link.id })).resolves.toHaveLength(1);
  });

  it("timeout: Belvo's 408 for a slow institution", async () => {
    const error = await errorFor(client().belvo, PERSONAS.timeout.curp);
    expect(error).toMatchObject({ code: "timeout", status: 408, belvoCode: "request_timeout" });
  });

  it("institution_unavailable: IMSS down", async () => {
    const error = await errorFor(client().belvo, PERSONAS.institutionDown.curp);
    expect(error).toMatchObject({
      code: "institution_unavailable",
      status: 400,
      belvoCode: "institution_down",
    });
  });

  it("unexpected: Belvo's 500 after retries on a GET", async () => {
    const { belvo, sent } = client({ retry: { maxAttempts: 2 } });
    await fault({ kind: "server_error", count: 5, path: "/api/institutions/" });
    const error = await caught(belvo.institutions.list());
    expect(error).toMatchObject({ code: "unexpected", status: 500 });
    expect(sent).toHaveLength(2);
  });
});
