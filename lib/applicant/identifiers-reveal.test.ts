import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Role } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/users";
import { encryptField } from "@/lib/crypto/field-encryption";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { maskEmail, maskIdentifier } from "./mask";

// The signed-in user of each request; null means no session.
let signedIn: SessionUser | null = null;
vi.mock("@/lib/auth/session", () => ({
  requireUser: async () => {
    if (!signedIn) throw new AppError("unauthorized");
    return signedIn;
  },
}));

const { POST } = await import("@/app/api/applicants/[id]/identifiers/route");
const { getApplicantDetail } = await import("./detail");
const { getApplicantAuditTrail } = await import("./audit-view");

const CURP = "NUAA800101MDFXXX09";
const NSS = "12345678901";
const RFC = "NUAA800101AB1";
const EMAIL = "ana.nunez@example.mx";
const REASON = "Cotejo con la INE que presentó el solicitante";
let applicantId = "";

async function member(role: Role): Promise<SessionUser> {
  return db().user.create({
    data: { email: `${randomUUID()}@reveal.test`, name: `Reveal ${role}`, role, passwordHash: "x" },
    select: { id: true, email: true, name: true, role: true },
  });
}

function reveal(id: string, body: unknown) {
  const request = new Request(`http://cotiza.test/api/applicants/${id}/identifiers`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return POST(request, { params: Promise.resolve({ id }) });
}

const revealEvents = () =>
  db().auditEvent.findMany({
    where: { applicantId, action: "applicant.identifiers_revealed" },
    orderBy: { createdAt: "asc" },
    select: { actorId: true, details: true },
  });

beforeAll(async () => {
  const applicant = await db().applicant.create({
    data: {
      name: "Ana Núñez",
      reference: `REVEAL-${randomUUID().slice(0, 8)}`,
      institution: "IMSS",
      curpCiphertext: encryptField(CURP),
      emailCiphertext: encryptField(EMAIL),
      snapshots: {
        create: {
          belvoRecordId: randomUUID(),
          collectedAt: new Date("2026-11-20T00:00:00Z"),
          payloadCiphertext: encryptField("{}"),
          nssCiphertext: encryptField(NSS),
          rfcCiphertext: encryptField(RFC),
        },
      },
    },
  });
  applicantId = applicant.id;
});

describe("the applicant page", () => {
  it.each(["TEAM_LEAD", "ADMIN", "UNDERWRITER"] as const)(
    "opens with the identifiers masked for a %s, and logs a plain view",
    async (role) => {
      const user = await member(role);
      const detail = await getApplicantDetail(user, applicantId);
      expect(detail.identifiers).toEqual({
        curp: maskIdentifier(CURP),
        nss: maskIdentifier(NSS),
        rfc: maskIdentifier(RFC),
        email: maskEmail(EMAIL),
      });
      expect(JSON.stringify(detail)).not.toContain(CURP);
      expect(JSON.stringify(detail)).not.toContain(RFC);
      expect(detail.canRevealIdentifiers).toBe(true);
      const events = await db().auditEvent.findMany({
        where: { applicantId, actorId: user.id },
        select: { action: true, details: true },
      });
      expect(events).toEqual([{ action: "applicant.viewed", details: {} }]);
    },
  );
});

describe("POST /api/applicants/[id]/identifiers", () => {
  it("needs a session", async () => {
    signedIn = null;
    const response = await reveal(applicantId, { reason: REASON });
    expect(response.status).toBe(401);
    expect(await response.text()).not.toContain(CURP);
  });

  it.each([
    ["no reason", {}],
    ["a blank reason", { reason: "          " }],
    ["a reason under 10 characters", { reason: "revisión" }],
    ["a reason over 300 characters", { reason: "x".repeat(301) }],
  ])("refuses %s with 400 and reveals nothing", async (_, body) => {
    signedIn = await member("UNDERWRITER");
    const before = (await revealEvents()).length;
    const response = await reveal(applicantId, body);
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({
      error: { fields: { reason: "applicant.identifiers.reasonRequired" } },
    });
    expect(text).not.toContain(CURP);
    expect(await revealEvents()).toHaveLength(before);
  });

  it("answers not found for an applicant that does not exist", async () => {
    signedIn = await member("TEAM_LEAD");
    const response = await reveal(randomUUID(), { reason: REASON });
    expect(response.status).toBe(404);
  });

  it("gives an underwriter the identifiers in clear, and the audit trail the reason only", async () => {
    const underwriter = await member("UNDERWRITER");
    signedIn = underwriter;
    const response = await reveal(applicantId, { reason: `  ${REASON}  ` });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({
      identifiers: { curp: CURP, nss: NSS, rfc: RFC, email: EMAIL },
    });
    const events = (await revealEvents()).filter((event) => event.actorId === underwriter.id);
    expect(events).toEqual([{ actorId: underwriter.id, details: { reason: REASON } }]);
    for (const secret of [CURP, NSS, RFC, EMAIL])
      expect(JSON.stringify(events)).not.toContain(secret);

    const [newest] = await getApplicantAuditTrail(applicantId);
    expect(newest).toMatchObject({
      action: "applicant.identifiers_revealed",
      labelKey: "applicantIdentifiersRevealed",
      actor: underwriter.name,
      reason: REASON,
    });
  });
});
