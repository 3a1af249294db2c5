// Disputed data on the database: noted by team leads and admins (never an edit of the records),
// listed for the page newest first, audited on the applicant's trail without the applicant's words.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { upsertUser, type SessionUser } from "@/lib/auth/users";
import { db } from "@/lib/db";
import { loadApplicantRights } from "./applicant-rights";
import { disputeInputSchema, recordDispute } from "./disputes";

let lead: SessionUser;
let underwriter: SessionUser;

beforeAll(async () => {
  const user = (role: "TEAM_LEAD" | "UNDERWRITER", name: string) =>
    upsertUser({
      email: `${role}-${randomUUID()}@cotiza.test`,
      name,
      role,
      password: "pw-disputes",
    });
  lead = await user("TEAM_LEAD", "Luis");
  underwriter = await user("UNDERWRITER", "Ana");
});

const applicant = () =>
  db().applicant.create({
    data: {
      name: "Solicitante",
      reference: `DIS-${randomUUID().slice(0, 8)}`,
      institution: "IMSS",
    },
    select: { id: true },
  });

const dispute = {
  subject: "El salario con Grupo Industrial Ibáñez",
  reason: "Dice que desde marzo gana más de lo que reporta el IMSS; trae recibos de nómina.",
};

describe("noting a disputed datum", () => {
  it("keeps what and why, lists them newest first, and audits without the words", async () => {
    const { id } = await applicant();
    const first = await recordDispute(lead, id, dispute);
    const second = await recordDispute(lead, id, {
      subject: "Una baja",
      reason: "No recuerda esa baja de 2019.",
    });
    expect((await loadApplicantRights(id)).disputes).toEqual([
      expect.objectContaining({ id: second.id, subject: "Una baja", recordedBy: "Luis" }),
      expect.objectContaining({ id: first.id, ...dispute, recordedBy: "Luis" }),
    ]);
    const audit = await db().auditEvent.findMany({
      where: { applicantId: id, action: "privacy.dispute_recorded" },
      orderBy: { createdAt: "asc" },
      select: { actorId: true, details: true },
    });
    expect(audit).toEqual([
      { actorId: lead.id, details: { disputeId: first.id } },
      { actorId: lead.id, details: { disputeId: second.id } },
    ]);
  });

  it("is for team leads and admins, on an applicant that exists", async () => {
    const { id } = await applicant();
    await expect(recordDispute(underwriter, id, dispute)).rejects.toMatchObject({
      code: "forbidden",
      key: "errors.privacy.rightsNotAllowed",
    });
    await expect(
      recordDispute(lead, "00000000-0000-4000-8000-000000000000", dispute),
    ).rejects.toMatchObject({ code: "not_found" });
    expect(await db().dataDispute.count({ where: { applicantId: id } })).toBe(0);
  });

  it("needs what is disputed and a reason of 10 to 2,000 characters", () => {
    const parse = (input: Record<string, unknown>) =>
      disputeInputSchema.safeParse({ ...dispute, ...input }).success;
    expect(parse({})).toBe(true);
    expect(parse({ subject: "  " })).toBe(false);
    expect(parse({ reason: "corto" })).toBe(false);
    expect(parse({ reason: "x".repeat(2001) })).toBe(false);
  });
});
