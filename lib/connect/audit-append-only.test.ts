import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { BelvoClient } from "@/lib/belvo";
import { recordAudit } from "@/lib/audit";
import { upsertUser } from "@/lib/auth/users";
import { db } from "@/lib/db";
import { deleteApplicant } from "./delete-applicant";

/** An applicant with no Belvo link (nothing to delete at Belvo) and two audit events. */
async function audited(actorId: string) {
  const applicant = await db().applicant.create({
    data: { name: "Prueba", reference: `AUD-${randomUUID().slice(0, 8)}`, institution: "IMSS" },
  });
  for (const action of ["applicant.created", "applicant.viewed"]) {
    await recordAudit({ actorId, action, applicantId: applicant.id, details: { n: 1 } });
  }
  const events = await db().auditEvent.findMany({ where: { applicantId: applicant.id } });
  return { applicantId: applicant.id, events };
}

const member = (role: "UNDERWRITER" | "TEAM_LEAD") =>
  upsertUser({
    email: `audit-${randomUUID()}@cotiza.test`,
    name: "Auditada",
    role,
    password: "audit-password",
  });

describe("the audit trail", () => {
  it("refuses every UPDATE, DELETE and TRUNCATE of its rows, whoever connects", async () => {
    const user = await member("UNDERWRITER");
    const { events } = await audited(user.id);
    const id = events[0]!.id;
    const refused = { message: expect.stringContaining("append-only") };

    await expect(
      db().auditEvent.update({ where: { id }, data: { action: "applicant.approved" } }),
    ).rejects.toMatchObject(refused);
    await expect(
      db().auditEvent.update({ where: { id }, data: { details: { n: 2 } } }),
    ).rejects.toMatchObject(refused);
    // Clearing the applicant is allowed, pointing an event at another one is not.
    await expect(
      db().auditEvent.update({ where: { id }, data: { applicantId: randomUUID() } }),
    ).rejects.toMatchObject(refused);
    await expect(
      db().auditEvent.update({ where: { id }, data: { applicantId: null, subject: "x" } }),
    ).rejects.toMatchObject(refused);
    await expect(db().auditEvent.delete({ where: { id } })).rejects.toMatchObject(refused);
    await expect(db().auditEvent.deleteMany({ where: { actorId: user.id } })).rejects.toMatchObject(
      refused,
    );
    await expect(db().$executeRaw`TRUNCATE audit_events`).rejects.toMatchObject(refused);

    expect(await db().auditEvent.findUniqueOrThrow({ where: { id } })).toEqual(events[0]);
  });

  it("still lets an applicant's deletion anonymize their events", async () => {
    const lead = await member("TEAM_LEAD");
    const { applicantId, events } = await audited(lead.id);

    await deleteApplicant(lead, applicantId, {} as BelvoClient);

    expect(await db().applicant.count({ where: { id: applicantId } })).toBe(0);
    expect(await db().auditEvent.count({ where: { applicantId } })).toBe(0);
    const trail = await db().auditEvent.findMany({
      where: { subject: applicantId },
      orderBy: { createdAt: "asc" },
    });
    expect(trail.map((event) => event.action)).toEqual([
      "applicant.created",
      "applicant.viewed",
      "applicant.deleted",
    ]);
    // Only the reference to the applicant went: the rest of each event is as it was written.
    expect(trail.slice(0, 2)).toEqual(events.map((event) => ({ ...event, applicantId: null })));
  });

  it("lets the users foreign key clear the actor of a deleted user", async () => {
    const user = await member("UNDERWRITER");
    const { events } = await audited(user.id);
    await db().applicant.deleteMany({ where: { id: events[0]!.applicantId! } });
    await db().user.delete({ where: { id: user.id } });
    const after = await db().auditEvent.findMany({
      where: { id: { in: events.map((e) => e.id) } },
    });
    expect(after.map((event) => event.actorId)).toEqual([null, null]);
  });
});
