import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { auditActionKey, getApplicantAuditTrail } from "./audit-view";
import { listDecisions, recordDecision } from "./decisions";
import { recordAudit } from "../audit";
import { upsertUser } from "../auth/users";

const user = (role: "UNDERWRITER" | "TEAM_LEAD", name = "Ana Ibáñez") =>
  upsertUser({ email: `${randomUUID()}@cotiza.test`, name, role, password: "password-123" });

const applicant = () =>
  db().applicant.create({
    data: { name: "Rocío Núñez", reference: `T-${randomUUID()}`, institution: "IMSS" },
  });

describe("decisions", () => {
  it("stores the decision with its note apart and audits it without the note", async () => {
    const underwriter = await user("UNDERWRITER");
    const { id } = await applicant();
    await recordDecision(underwriter, id, {
      outcome: "REFER",
      reasonCode: "capped_salary",
      note: "Pedir recibos de nómina",
    });
    const [decision] = await listDecisions(id);
    expect(decision).toMatchObject({
      outcome: "REFER",
      reasonCode: "capped_salary",
      note: "Pedir recibos de nómina",
      decidedBy: "Ana Ibáñez",
    });
    const events = await db().auditEvent.findMany({ where: { applicantId: id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "applicant.decided", actorId: underwriter.id });
    expect(events[0]?.details).toMatchObject({ outcome: "REFER", hasNote: true });
    expect(JSON.stringify(events[0]?.details)).not.toContain("nómina");
  });

  it("lists decisions newest first and refuses an unknown applicant", async () => {
    const underwriter = await user("UNDERWRITER");
    const { id } = await applicant();
    await recordDecision(underwriter, id, {
      outcome: "REFER",
      reasonCode: "stale_data",
      note: null,
    });
    await recordDecision(underwriter, id, {
      outcome: "APPROVE",
      reasonCode: "stable_employment",
      note: null,
      amendReason: "Llegaron los recibos de nómina",
    });
    expect((await listDecisions(id)).map((d) => d.outcome)).toEqual(["APPROVE", "REFER"]);
    await expect(
      recordDecision(underwriter, randomUUID(), {
        outcome: "REFER",
        reasonCode: "stale_data",
        note: null,
      }),
    ).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("applicant audit trail", () => {
  it("folds consecutive views by one person and keeps other actions apart", async () => {
    const underwriter = await user("UNDERWRITER");
    const { id } = await applicant();
    for (let i = 0; i < 3; i++)
      await recordAudit({ actorId: underwriter.id, action: "applicant.viewed", applicantId: id });
    await recordDecision(underwriter, id, {
      outcome: "DECLINE",
      reasonCode: "insufficient_income",
      note: null,
    });
    await recordAudit({ actorId: underwriter.id, action: "applicant.viewed", applicantId: id });
    const trail = await getApplicantAuditTrail(id);
    expect(trail.map((e) => [e.action, e.count, e.actor])).toEqual([
      ["applicant.viewed", 1, "Ana Ibáñez"],
      ["applicant.decided", 1, "Ana Ibáñez"],
      ["applicant.viewed", 3, "Ana Ibáñez"],
    ]);
    expect(trail[1]?.labelKey).toBe("applicantDecided");
    expect(auditActionKey("applicant.unknown_action")).toBeNull();
  });
});
