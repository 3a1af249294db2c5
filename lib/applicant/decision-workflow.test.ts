import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import type * as Database from "@/lib/db";
import { withOwnDatabase } from "@/lib/testing/own-database";
import type * as Users from "../auth/users";
import { approvalRules, statusAfter } from "./decision-rules";
import type * as Decisions from "./decisions";
import type * as SignOff from "./sign-off";

// The four-eyes rule is the organization's one settings row, which other test files read while
// they run: this file turns it on and off in a database of its own.
let db: typeof Database.db;
let upsertUser: typeof Users.upsertUser;
let recordDecision: typeof Decisions.recordDecision;
let listDecisions: typeof Decisions.listDecisions;
let signOffDecision: typeof SignOff.signOffDecision;

withOwnDatabase(async () => {
  ({ db } = await import("@/lib/db"));
  ({ upsertUser } = await import("../auth/users"));
  ({ recordDecision, listDecisions } = await import("./decisions"));
  ({ signOffDecision } = await import("./sign-off"));
  return db;
});

const user = (role: "UNDERWRITER" | "TEAM_LEAD" | "ADMIN", name = "Ana Ibáñez") =>
  upsertUser({ email: `${randomUUID()}@cotiza.test`, name, role, password: "password-123" });

const applicant = (flags: string[] = [], score12: number | null = 780) =>
  db().applicant.create({
    data: {
      name: "Rocío Núñez",
      reference: `T-${randomUUID()}`,
      institution: "IMSS",
      flags,
      score12,
    },
  });

const status = async (id: string) =>
  (await db().applicant.findUniqueOrThrow({ where: { id } })).decisionStatus;

const setFourEyes = (fourEyesApproval: boolean) =>
  db().organizationSettings.upsert({
    where: { id: 1 },
    create: { id: 1, fourEyesApproval },
    update: { fourEyesApproval },
  });

const approve = { outcome: "APPROVE", reasonCode: "stable_employment" } as const;

describe("approval rules", () => {
  it("asks for each red flag, a note against risk, and a sign-off only with four eyes on", () => {
    const rules = approvalRules({
      flags: ["name-mismatch", "recent-hire", "jobless", "unknown-code"],
      score12: 800,
      fourEyes: false,
    });
    expect(rules).toEqual({
      redFlags: ["name-mismatch", "jobless"],
      highRiskScore: false,
      noteRequired: true,
      signOffRequired: false,
    });
    expect(approvalRules({ flags: [], score12: 549, fourEyes: true })).toMatchObject({
      redFlags: [],
      highRiskScore: true,
      noteRequired: true,
      signOffRequired: true,
    });
    expect(approvalRules({ flags: ["recent-hire"], score12: 550, fourEyes: true })).toMatchObject({
      noteRequired: false,
      signOffRequired: false,
    });
  });

  it("maps outcomes and sign-offs to the worklist status", () => {
    expect(statusAfter("APPROVE", null)).toBe("APPROVED");
    expect(statusAfter("APPROVE", "REQUIRED")).toBe("AWAITING_SIGN_OFF");
    expect(statusAfter("APPROVE", "SIGNED")).toBe("APPROVED");
    expect(statusAfter("APPROVE", "RETURNED")).toBe("PENDING");
    expect(statusAfter("DECLINE", null)).toBe("DECLINED");
    expect(statusAfter("REFER", null)).toBe("REFERRED");
  });
});

describe("the decision workflow", () => {
  beforeEach(async () => {
    await setFourEyes(false);
  });

  it("refuses an approval until every red flag is acknowledged and a note is written", async () => {
    const underwriter = await user("UNDERWRITER");
    const { id } = await applicant(["jobless", "name-mismatch", "recent-hire"]);
    await expect(
      recordDecision(underwriter, id, { ...approve, note: "ok", acknowledgedFlags: ["jobless"] }),
    ).rejects.toMatchObject({
      code: "bad_request",
      message: "errors.decision.acknowledgeFlags",
      details: { flags: ["name-mismatch"] },
    });
    await expect(
      recordDecision(underwriter, id, {
        ...approve,
        note: null,
        acknowledgedFlags: ["jobless", "name-mismatch"],
      }),
    ).rejects.toMatchObject({ message: "errors.decision.noteRequired" });
    expect(await status(id)).toBe("PENDING");
    expect(await db().decision.count({ where: { applicantId: id } })).toBe(0);

    await recordDecision(underwriter, id, {
      ...approve,
      note: "INE cotejada; el nombre cambió por matrimonio",
      acknowledgedFlags: ["jobless", "name-mismatch"],
    });
    expect(await status(id)).toBe("APPROVED");
    const [decision] = await listDecisions(id);
    expect(decision).toMatchObject({
      acknowledgedFlags: ["name-mismatch", "jobless"],
      signOff: null,
    });
  });

  it("declines and refers without acknowledgements; the worklist status follows", async () => {
    const underwriter = await user("UNDERWRITER");
    const { id } = await applicant(["jobless"]);
    await recordDecision(underwriter, id, {
      outcome: "REFER",
      reasonCode: "recent_change",
      note: null,
    });
    expect(await status(id)).toBe("REFERRED");
  });

  it("makes a recorded decision final: a change is an amendment with a reason, both kept", async () => {
    const underwriter = await user("UNDERWRITER");
    const { id } = await applicant();
    await recordDecision(underwriter, id, { ...approve, note: null });
    await expect(
      recordDecision(underwriter, id, {
        outcome: "DECLINE",
        reasonCode: "insufficient_income",
        note: null,
      }),
    ).rejects.toMatchObject({ code: "conflict", message: "errors.decision.alreadyDecided" });
    const first = await listDecisions(id);
    await recordDecision(underwriter, id, {
      outcome: "DECLINE",
      reasonCode: "insufficient_income",
      note: null,
      amendReason: "El monto solicitado subió a 80 mil",
    });
    const history = await listDecisions(id);
    expect(history.map((d) => d.outcome)).toEqual(["DECLINE", "APPROVE"]);
    expect(history[0]).toMatchObject({
      amendsId: first[0]?.id,
      amendReason: "El monto solicitado subió a 80 mil",
    });
    expect(await status(id)).toBe("DECLINED");
    const events = await db().auditEvent.findMany({
      where: { applicantId: id },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((e) => e.action)).toEqual([
      "applicant.decided",
      "applicant.decision_amended",
    ]);
    expect(JSON.stringify(events)).not.toContain("80 mil");
    const { id: fresh } = await applicant();
    await expect(
      recordDecision(underwriter, fresh, {
        ...approve,
        note: null,
        amendReason: "No hay nada que enmendar aquí",
      }),
    ).rejects.toMatchObject({ message: "errors.decision.nothingToAmend" });
  });

  it("with four eyes on, holds a risky approval for a team lead's sign-off", async () => {
    await setFourEyes(true);
    const underwriter = await user("UNDERWRITER");
    const lead = await user("TEAM_LEAD", "Laura Méndez");
    const otherLead = await user("TEAM_LEAD", "Pedro Ruiz");
    const { id } = await applicant(["jobless"], 500);
    const decision = await recordDecision(underwriter, id, {
      ...approve,
      note: "Recontratado la semana pasada",
      acknowledgedFlags: ["jobless"],
    });
    expect(decision.signOff).toBe("REQUIRED");
    expect(await status(id)).toBe("AWAITING_SIGN_OFF");
    const asked = await db().notification.findMany({
      where: { applicantId: id, kind: "signOffRequested" },
    });
    expect(asked.map((n) => n.userId)).toEqual(expect.arrayContaining([lead.id, otherLead.id]));

    await expect(
      signOffDecision(underwriter, id, decision.id, { action: "sign", note: null }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await signOffDecision(lead, id, decision.id, { action: "sign", note: null });
    expect(await status(id)).toBe("APPROVED");
    expect((await listDecisions(id))[0]).toMatchObject({
      signOff: "SIGNED",
      signedOffBy: "Laura Méndez",
    });
    await expect(
      signOffDecision(otherLead, id, decision.id, { action: "sign", note: null }),
    ).rejects.toMatchObject({ code: "conflict" });
    const told = await db().notification.findMany({
      where: { applicantId: id, kind: "signedOff" },
    });
    expect(told.map((n) => n.userId)).toEqual([underwriter.id]);
  });

  it("lets no one sign off their own approval, and a returned one is decided afresh", async () => {
    await setFourEyes(true);
    const lead = await user("TEAM_LEAD");
    const admin = await user("ADMIN", "Admin");
    const { id } = await applicant([], 400);
    const own = await recordDecision(lead, id, { ...approve, note: "Puntaje bajo pero estable" });
    await expect(
      signOffDecision(lead, id, own.id, { action: "sign", note: null }),
    ).rejects.toMatchObject({ message: "errors.decision.ownSignOff" });
    await signOffDecision(admin, id, own.id, { action: "return", note: "Falta el recibo" });
    expect(await status(id)).toBe("PENDING");
    await recordDecision(lead, id, {
      outcome: "REFER",
      reasonCode: "referred_other",
      note: null,
    });
    expect(await status(id)).toBe("REFERRED");
    expect((await listDecisions(id)).map((d) => d.signOff)).toEqual([null, "RETURNED"]);
  });

  it("does not need a sign-off for a safe approval even with four eyes on", async () => {
    await setFourEyes(true);
    const underwriter = await user("UNDERWRITER");
    const { id } = await applicant(["recent-hire"], 700);
    const decision = await recordDecision(underwriter, id, { ...approve, note: null });
    expect(decision.signOff).toBeNull();
    expect(await status(id)).toBe("APPROVED");
  });

  it("records one decision when two arrive at once; the other must amend", async () => {
    const [first, second] = [await user("UNDERWRITER"), await user("UNDERWRITER", "Luis Peña")];
    const { id } = await applicant();
    const results = await Promise.allSettled([
      recordDecision(first, id, { ...approve, note: null }),
      recordDecision(second, id, {
        outcome: "DECLINE",
        reasonCode: "unstable_history",
        note: null,
      }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await db().decision.count({ where: { applicantId: id } })).toBe(1);
  });
});
