import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { DecisionStatus } from "@/lib/generated/prisma/enums";
import { upsertUser } from "../auth/users";
import { AGEING_BUCKETS, teamWorkload } from "./workload";

const NOW = new Date("2026-11-26T12:00:00Z"); // a Thursday; its ISO week starts on 23 November
const DAY = 86_400_000;

const person = (role: "UNDERWRITER" | "TEAM_LEAD" | "ADMIN", name: string) =>
  upsertUser({ email: `${randomUUID()}@cotiza.test`, name, role, password: "password-123" });

/** An applicant created `ageMs` before `now`, standing at `status` in the worklist. */
async function applicant(
  assignedToId: string | null,
  {
    status = "PENDING",
    ageMs = DAY,
    now = NOW,
  }: {
    status?: DecisionStatus;
    ageMs?: number;
    now?: Date;
  } = {},
) {
  const created = await db().applicant.create({
    data: {
      name: "Workload",
      reference: `W-${randomUUID()}`,
      institution: "IMSS",
      assignedToId,
      decisionStatus: status,
      createdAt: new Date(now.getTime() - ageMs),
    },
  });
  return created.id;
}

const decide = (
  applicantId: string,
  decidedById: string,
  at: string,
  outcome: "APPROVE" | "DECLINE" | "REFER" = "APPROVE",
) =>
  db().decision.create({
    data: {
      applicantId,
      decidedById,
      outcome,
      reasonCode: "stable_employment",
      createdAt: new Date(at),
    },
  });

describe("team workload", () => {
  it("counts assigned applicants, open work by age, outcomes and decisions per ISO week (UTC)", async () => {
    const underwriter = await person("UNDERWRITER", "Workload Underwriter");
    const idle = await person("UNDERWRITER", "Workload Idle");
    const leadWithWork = await person("TEAM_LEAD", "Workload Lead");
    const leadWithout = await person("TEAM_LEAD", "Workload Lead Without");
    const adminWithWork = await person("ADMIN", "Workload Admin");
    const adminIdle = await person("ADMIN", "Workload Admin Idle");
    const leftWithWork = await person("UNDERWRITER", "Workload Left With Work");
    const leftIdle = await person("UNDERWRITER", "Workload Left Idle");
    const leftLead = await person("TEAM_LEAD", "Workload Left Lead");
    await applicant(leftWithWork.id);
    await applicant(adminWithWork.id, { status: "APPROVED" });
    await db().user.updateMany({
      where: { id: { in: [leftWithWork.id, leftIdle.id, leftLead.id] } },
      data: { active: false },
    });

    await applicant(underwriter.id, { status: "PENDING", ageMs: DAY }); // new
    const referred = await applicant(underwriter.id, { status: "REFERRED", ageMs: 5 * DAY });
    await applicant(underwriter.id, { status: "AWAITING_SIGN_OFF", ageMs: 10 * DAY }); // old
    const decided = await applicant(underwriter.id, { status: "APPROVED", ageMs: 20 * DAY });
    await applicant(underwriter.id, { status: "DECLINED", ageMs: 20 * DAY });
    await applicant(leadWithWork.id, { status: "PENDING", ageMs: 30 * DAY });
    await decide(decided, underwriter.id, "2026-11-23T00:00:00Z"); // this week's first instant
    await decide(decided, underwriter.id, "2026-11-29T23:59:59Z", "DECLINE"); // and its last
    await decide(referred, underwriter.id, "2026-11-24T10:00:00Z", "REFER");
    await decide(decided, leadWithWork.id, "2026-11-22T23:59:59Z"); // an applicant decided by another
    await decide(decided, underwriter.id, "2026-10-05T10:00:00Z"); // the oldest week shown
    await decide(decided, underwriter.id, "2026-10-04T10:00:00Z", "DECLINE"); // a week too old
    await decide(decided, underwriter.id, "2026-11-30T00:00:00Z", "REFER"); // next week: not shown

    const { weeks, people } = await teamWorkload({ now: NOW, timeZone: "UTC" });
    expect(weeks).toEqual([
      "2026-10-05",
      "2026-10-12",
      "2026-10-19",
      "2026-10-26",
      "2026-11-02",
      "2026-11-09",
      "2026-11-16",
      "2026-11-23",
    ]);
    const byId = new Map(people.map((row) => [row.id, row]));
    expect(byId.get(underwriter.id)).toMatchObject({
      role: "UNDERWRITER",
      active: true,
      assigned: 5,
      open: 3, // pending, referred (waiting for documents) and awaiting sign-off
      ageing: [1, 1, 1],
      outcomes: { APPROVE: 2, DECLINE: 1, REFER: 1 },
      decisionsPerWeek: [1, 0, 0, 0, 0, 0, 0, 3],
    });
    expect(byId.get(leadWithWork.id)).toMatchObject({
      assigned: 1,
      open: 1,
      ageing: [0, 0, 1],
      outcomes: { APPROVE: 1, DECLINE: 0, REFER: 0 },
      decisionsPerWeek: [0, 0, 0, 0, 0, 0, 1, 0],
    });
    const nothing = { assigned: 0, open: 0, ageing: [0, 0, 0] };
    expect(byId.get(idle.id)).toMatchObject({
      ...nothing,
      outcomes: { APPROVE: 0, DECLINE: 0, REFER: 0 },
      decisionsPerWeek: [0, 0, 0, 0, 0, 0, 0, 0],
    });
    // Active team leads count as much as underwriters, with or without work.
    expect(byId.get(leadWithout.id)).toMatchObject({ role: "TEAM_LEAD", ...nothing });
    // Admins show only while applicants are assigned to them.
    expect(byId.get(adminWithWork.id)).toMatchObject({ role: "ADMIN", assigned: 1, open: 0 });
    expect(byId.has(adminIdle.id)).toBe(false);
    // Someone deactivated still shows while applicants wait on them; otherwise they drop out.
    expect(byId.get(leftWithWork.id)).toMatchObject({ active: false, assigned: 1, open: 1 });
    expect(byId.has(leftIdle.id)).toBe(false);
    expect(byId.has(leftLead.id)).toBe(false);
  });

  it("ages open work in whole days: up to 2, 3 to 7, more than 7", async () => {
    expect(AGEING_BUCKETS.map((bucket) => [bucket.key, bucket.params])).toEqual([
      ["upTo", { days: 2 }],
      ["between", { from: 3, to: 7 }],
      ["over", { days: 7 }],
    ]);
    const underwriter = await person("UNDERWRITER", "Workload Ageing");
    for (const ageMs of [
      -DAY, // created after "now" (a pinned demo clock): new work
      0,
      3 * DAY - 1, // 2 days and 23:59:59.999
      3 * DAY,
      8 * DAY - 1,
      8 * DAY,
      400 * DAY,
    ])
      await applicant(underwriter.id, { ageMs });

    const { people } = await teamWorkload({ now: NOW, timeZone: "UTC" });
    expect(people.find((row) => row.id === underwriter.id)).toMatchObject({
      open: 7,
      ageing: [3, 2, 2],
    });
  });

  it("counts the open work nobody is assigned to, by age", async () => {
    // Long ago, so that applicants other tests create meanwhile (now, after this "now") fall in
    // the first bucket only.
    const now = new Date("2001-03-15T12:00:00Z");
    const someone = await person("UNDERWRITER", "Workload Someone");
    await applicant(null, { now, status: "PENDING", ageMs: DAY });
    await applicant(null, { now, status: "REFERRED", ageMs: 5 * DAY });
    await applicant(null, { now, status: "AWAITING_SIGN_OFF", ageMs: 30 * DAY });
    await applicant(null, { now, status: "PENDING", ageMs: 60 * DAY });
    await applicant(null, { now, status: "APPROVED", ageMs: 30 * DAY }); // decided: not open
    await applicant(null, { now, status: "DECLINED", ageMs: 5 * DAY });
    await applicant(someone.id, { now, status: "PENDING", ageMs: 30 * DAY }); // assigned

    const { unassigned, people } = await teamWorkload({ now, timeZone: "UTC" });
    expect(unassigned.ageing.slice(1)).toEqual([1, 2]);
    expect(unassigned.ageing[0]).toBeGreaterThanOrEqual(1);
    expect(unassigned.open).toBe(unassigned.ageing.reduce((total, count) => total + count, 0));
    expect(people.find((row) => row.id === someone.id)).toMatchObject({ ageing: [0, 0, 1] });
  });

  it("starts each week at midnight on Monday in the organization's time zone", async () => {
    const underwriter = await person("UNDERWRITER", "Workload Mexico City");
    const decided = await applicant(underwriter.id, { status: "APPROVED" });
    // Sunday 29 November, 23:00 in Mexico City: UTC is already on Monday the 30th.
    const now = new Date("2026-11-30T05:00:00Z");
    await decide(decided, underwriter.id, "2026-10-05T05:59:59Z"); // Sunday 4 October there: too old
    await decide(decided, underwriter.id, "2026-10-05T06:00:00Z"); // Monday 5 October, 00:00
    await decide(decided, underwriter.id, "2026-11-23T05:59:59Z"); // Sunday 22 November, 23:59:59
    await decide(decided, underwriter.id, "2026-11-23T06:00:00Z"); // Monday 23 November, 00:00
    await decide(decided, underwriter.id, "2026-11-30T04:59:59Z"); // Sunday 29 November, 22:59:59

    const { weeks, timeZone, people } = await teamWorkload({
      now,
      timeZone: "America/Mexico_City",
    });
    expect(timeZone).toBe("America/Mexico_City");
    expect(weeks[0]).toBe("2026-10-05");
    expect(weeks.at(-1)).toBe("2026-11-23");
    const row = people.find((candidate) => candidate.id === underwriter.id);
    expect(row?.decisionsPerWeek).toEqual([1, 0, 0, 0, 0, 0, 1, 2]);
    expect(row?.outcomes).toEqual({ APPROVE: 4, DECLINE: 0, REFER: 0 });
  });
});
