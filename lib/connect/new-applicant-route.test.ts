import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/users";
import type * as Belvo from "@/lib/belvo";
import { PERSONAS } from "@/scripts/belvo-emulator/personas";
import { PRIVACY_NOTICE_VERSION } from "./new-applicant";

// Whoever is signed in; the checks under test happen before the user matters.
vi.mock("@/lib/auth/session", () => ({
  requireUser: async () =>
    ({ id: "u1", email: "uw@cotiza.test", name: "Ana", role: "UNDERWRITER" }) as SessionUser,
}));
// Any Belvo client the route would build fails the test loudly.
const belvoClientFromEnv = vi.fn(() => {
  throw new Error("a Belvo client was built");
});
vi.mock("@/lib/belvo", async (importOriginal) => ({
  ...(await importOriginal<typeof Belvo>()),
  belvoClientFromEnv,
}));

const { POST } = await import("@/app/api/applicants/route");

function post(body: Record<string, unknown>) {
  const request = new Request("http://cotiza.test/api/applicants", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      name: "Mariana Ibáñez Núñez",
      reference: "APP-CURP-1",
      institution: "IMSS",
      accessMode: "SINGLE",
      consent: { accepted: true, privacyNoticeVersion: PRIVACY_NOTICE_VERSION },
      ...body,
    }),
  });
  return POST(request, { params: Promise.resolve({}) });
}

describe("POST /api/applicants with a CURP that cannot exist", () => {
  let fetchSpy: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    fetchSpy = vi.spyOn(globalThis, "fetch");
  });
  afterEach(() => {
    fetchSpy.mockRestore();
    belvoClientFromEnv.mockClear();
  });

  it.each([
    ["IANM851314MDFBXR00", "connect.validation.curpBirthMonth", "IMSS"],
    ["IANM850230MDFBXR00", "connect.validation.curpBirthDay", "ISSSTE"],
    ["IANM850314MZZBXR00", "connect.validation.curpState", "IMSS"],
    ["IANM850314MDFBXR01", "connect.validation.curpCheckDigit", "IMSS"],
  ])("refuses %s with 400 (%s) and makes no Belvo call", async (curp, key, institution) => {
    const response = await post({ curp, institution });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { fields: Record<string, string> } };
    expect(body.error.fields).toEqual({ curp: key });
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(belvoClientFromEnv).not.toHaveBeenCalled();
  });

  it.each([
    ["a NUL", "Mariana\u0000 Ibáñez"],
    ["a lone surrogate", "Mariana \ud800Ibáñez"],
  ])("refuses a name with %s with 400 before any query or Belvo call", async (_, name) => {
    const response = await post({ curp: "IANM850314MDFBXR00", name });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { fields: Record<string, string> } };
    expect(body.error.fields).toEqual({ name: "errors.validation.controlCharacters" });
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(belvoClientFromEnv).not.toHaveBeenCalled();
  });

  it("lets the Belvo sandbox CURP (month 13) through to the sandbox institution", async () => {
    const { newApplicantSchema } = await import("./new-applicant");
    const parsed = newApplicantSchema.safeParse({
      name: "Bruno López Pérez",
      reference: "APP-SANDBOX",
      institution: "SANDBOX",
      curp: PERSONAS.sandbox.curp,
      consent: { accepted: true, privacyNoticeVersion: PRIVACY_NOTICE_VERSION },
    });
    expect(parsed.success).toBe(true);
    expect(
      newApplicantSchema.safeParse({ ...parsed.data, institution: "IMSS" }).error?.issues,
    ).toEqual([
      expect.objectContaining({ path: ["curp"], message: "connect.validation.curpBirthMonth" }),
    ]);
  });
});
