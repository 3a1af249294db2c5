import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Role } from "@/lib/auth/roles";
import { upsertUser } from "../auth/users";
import {
  assignApplicant,
  assignApplicants,
  bulkAssignmentSchema,
  listAssignableUsers,
} from "./assignment";

const user = (role: Role, name = "Ana Ibáñez") =>
  upsertUser({ email: `${randomUUID()}@cotiza.test`, name, role, password: "password-123" });

const applicant = () =>
  db().applicant.create({
    data: { name: "Rocío Núñez", reference: `T-${randomUUID()}`, institution: "IMSS" },
  });

const assigneeOf = async (id: string) =>
  (await db().applicant.findUniqueOrThrow({ where: { id } })).assignedToId;

const auditOf = (ids: string[]) =>
  db().auditEvent.findMany({
    where: { applicantId: { in: ids } },
    orderBy: { createdAt: "asc" },
  });

describe("assignment", () => {
  it("lets an underwriter take and release an applicant, but not assign others", async () => {
    const underwriter = await user("UNDERWRITER");
    const colleague = await user("UNDERWRITER", "Luis Peña");
    const { id } = await applicant();
    await expect(assignApplicant(underwriter, id, colleague.id)).rejects.toMatchObject({
      code: "forbidden",
    });
    expect(await assignApplicant(underwriter, id, underwriter.id)).toEqual({
      assignedToId: underwriter.id,
      changed: true,
    });
    await expect(assignApplicant(colleague, id, null)).rejects.toMatchObject({ code: "forbidden" });
    await assignApplicant(underwriter, id, null);
    expect(await assigneeOf(id)).toBeNull();
  });

  it("lets a lead assign anyone active, audits each change once, and refuses inactive users", async () => {
    const lead = await user("TEAM_LEAD", "Luis Peña");
    const underwriter = await user("UNDERWRITER");
    const { id } = await applicant();
    await assignApplicant(lead, id, underwriter.id);
    expect((await assignApplicant(lead, id, underwriter.id)).changed).toBe(false);
    await db().user.update({ where: { id: underwriter.id }, data: { active: false } });
    const other = await applicant();
    await expect(assignApplicant(lead, other.id, underwriter.id)).rejects.toMatchObject({
      code: "bad_request",
    });
    const events = await auditOf([id]);
    expect(events.map((e) => e.action)).toEqual(["applicant.assigned"]);
    expect(events[0]?.details).toEqual({ from: null, to: underwriter.id });
  });

  it("refuses an unknown applicant", async () => {
    const lead = await user("TEAM_LEAD");
    await expect(assignApplicant(lead, randomUUID(), lead.id)).rejects.toMatchObject({
      code: "not_found",
    });
  });
});

describe("who can be assigned", () => {
  it("offers active underwriters and team leads who can sign in, never admins", async () => {
    const underwriter = await user("UNDERWRITER", `Asignable ${randomUUID()}`);
    const lead = await user("TEAM_LEAD", `Asignable ${randomUUID()}`);
    const admin = await user("ADMIN", `Asignable ${randomUUID()}`);
    const inactive = await user("UNDERWRITER", `Asignable ${randomUUID()}`);
    await db().user.update({ where: { id: inactive.id }, data: { active: false } });
    const invited = await db().user.create({
      data: { email: `${randomUUID()}@cotiza.test`, name: "Invitada", role: "UNDERWRITER" },
    });
    const ids = (await listAssignableUsers()).map((u) => u.id);
    expect(ids).toEqual(expect.arrayContaining([underwriter.id, lead.id]));
    for (const refused of [admin.id, inactive.id, invited.id]) expect(ids).not.toContain(refused);

    const assigner = await user("TEAM_LEAD");
    const { id } = await applicant();
    for (const refused of [admin.id, inactive.id, invited.id, randomUUID()]) {
      await expect(assignApplicant(assigner, id, refused)).rejects.toMatchObject({
        code: "bad_request",
        details: { fields: { userId: "errors.applicant.chooseActiveUser" } },
      });
    }
    expect(await assigneeOf(id)).toBeNull();
  });
});

describe("bulk assignment", () => {
  it("assigns many in one go, with one audit event per applicant that changed", async () => {
    const lead = await user("TEAM_LEAD");
    const first = await user("UNDERWRITER", "Luis Peña");
    const second = await user("UNDERWRITER", "Marta Ruiz");
    const [a, b, c] = await Promise.all([applicant(), applicant(), applicant()]);
    await assignApplicant(lead, a.id, first.id);
    const ids = [a.id, b.id, c.id];
    const before = (await auditOf(ids)).length;

    expect(await assignApplicants(lead, [...ids, b.id], second.id)).toEqual({
      assignedToId: second.id,
      changed: 3,
    });
    expect(await Promise.all(ids.map(assigneeOf))).toEqual([second.id, second.id, second.id]);
    const events = (await auditOf(ids)).slice(before);
    expect(events.map((e) => [e.applicantId, e.action, e.actorId, e.details])).toEqual(
      expect.arrayContaining([
        [a.id, "applicant.assigned", lead.id, { from: first.id, to: second.id }],
        [b.id, "applicant.assigned", lead.id, { from: null, to: second.id }],
        [c.id, "applicant.assigned", lead.id, { from: null, to: second.id }],
      ]),
    );
    expect(events).toHaveLength(3);

    // Already theirs: nothing changes and nothing is audited; unassigning audits each one.
    expect((await assignApplicants(lead, ids, second.id)).changed).toBe(0);
    expect(await assignApplicants(lead, [a.id, b.id], null)).toEqual({
      assignedToId: null,
      changed: 2,
    });
    const after = (await auditOf(ids)).slice(before + 3);
    expect(after.map((e) => [e.action, e.details])).toEqual([
      ["applicant.unassigned", { from: second.id, to: null }],
      ["applicant.unassigned", { from: second.id, to: null }],
    ]);
  });

  it("lets an underwriter take applicants but never move anyone else's, all or nothing", async () => {
    const underwriter = await user("UNDERWRITER");
    const colleague = await user("UNDERWRITER", "Luis Peña");
    const lead = await user("TEAM_LEAD");
    const [a, b] = await Promise.all([applicant(), applicant()]);
    await assignApplicant(lead, b.id, colleague.id);

    await expect(assignApplicants(underwriter, [a.id], colleague.id)).rejects.toMatchObject({
      code: "forbidden",
    });
    // Releasing someone else's applicant is refused, and so is the whole request.
    await assignApplicant(underwriter, a.id, underwriter.id);
    await expect(assignApplicants(underwriter, [a.id, b.id], null)).rejects.toMatchObject({
      code: "forbidden",
    });
    expect([await assigneeOf(a.id), await assigneeOf(b.id)]).toEqual([
      underwriter.id,
      colleague.id,
    ]);
    expect((await auditOf([b.id])).map((e) => e.actorId)).toEqual([lead.id]);
  });

  it("refuses an admin, an inactive assignee or an unknown applicant, changing nothing", async () => {
    const lead = await user("TEAM_LEAD");
    const admin = await user("ADMIN");
    const inactive = await user("UNDERWRITER");
    await db().user.update({ where: { id: inactive.id }, data: { active: false } });
    const [a, b] = await Promise.all([applicant(), applicant()]);
    for (const refused of [admin.id, inactive.id]) {
      await expect(assignApplicants(lead, [a.id, b.id], refused)).rejects.toMatchObject({
        code: "bad_request",
      });
    }
    await expect(assignApplicants(lead, [a.id, randomUUID()], lead.id)).rejects.toMatchObject({
      code: "not_found",
    });
    expect([await assigneeOf(a.id), await assigneeOf(b.id)]).toEqual([null, null]);
    expect(await auditOf([a.id, b.id])).toEqual([]);
  });

  it("takes 1 to 100 applicant ids and a user id or null", () => {
    const id = randomUUID();
    const ok = (body: unknown) => bulkAssignmentSchema.safeParse(body).success;
    expect(ok({ applicantIds: [id], userId: null })).toBe(true);
    expect(ok({ applicantIds: Array(100).fill(id), userId: id })).toBe(true);
    expect(ok({ applicantIds: [], userId: id })).toBe(false);
    expect(ok({ applicantIds: Array(101).fill(id), userId: id })).toBe(false);
    expect(ok({ applicantIds: ["nope"], userId: id })).toBe(false);
    expect(ok({ applicantIds: [id] })).toBe(false);
  });
});
