import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { upsertUser } from "../auth/users";
import { teamWorkload } from "./workload";

const NOW = new Date("2026-11-26T12:00:00Z"); // a Thursday; its ISO week starts on 23 November

const person = (role: "UNDERWRITER" | "TEAM_LEAD", name: string) =>
  upsertUser({ email: `${randomUUID()}@cotiza.test`, name, role, password: "password-123" });

async function applicant(assignedToId: string, { records = false } = {}) {
  const created = await db().applicant.create({
    data: { name: "Workload", reference: `W-${randomUUID()}`, institution: "IMSS", assignedToId },
  });
  if (records)
    await db().snapshot.create({
      data: {
        applicantId: created.id,
        belvoRecordId: randomUUID(),
        collectedAt: NOW,
        payloadCiphertext: "not-read-by-this-test",
      },
    });
  return created.id;
}

const decide = (applicantId: string, decidedById: string, at: string) =>
  db().decision.create({
    data: {
      applicantId,
      decidedById,
      outcome: "APPROVE",
      reasonCode: "stable_employment",
      createdAt: new Date(at),
    },
  });

describe("team workload", () => {
  it("counts assigned applicants, pending decisions and decisions per ISO week (UTC)", async () => {
    const underwriter = await person("UNDERWRITER", "Workload Underwriter");
    const idle = await person("UNDERWRITER", "Workload Idle");
    const leadWithWork = await person("TEAM_LEAD", "Workload Lead");
    const leadWithout = await person("TEAM_LEAD", "Workload Lead Without");
    const leftWithWork = await person("UNDERWRITER", "Workload Left With Work");
    const leftIdle = await person("UNDERWRITER", "Workload Left Idle");
    await applicant(leftWithWork.id);
    await db().user.updateMany({
      where: { id: { in: [leftWithWork.id, leftIdle.id] } },
      data: { active: false },
    });

    const pending = await applicant(underwriter.id, { records: true });
    const decided = await applicant(underwriter.id, { records: true });
    await applicant(underwriter.id); // no records yet: nothing to decide
    await applicant(underwriter.id, { records: true }); // waiting for a decision
    await applicant(leadWithWork.id, { records: true });
    await decide(decided, underwriter.id, "2026-11-23T00:00:00Z"); // this week's first instant
    await decide(decided, underwriter.id, "2026-11-29T23:59:59Z"); // and its last
    await decide(pending, leadWithWork.id, "2026-11-22T23:59:59Z"); // an applicant decided by another
    await decide(decided, underwriter.id, "2026-10-05T10:00:00Z"); // the oldest week shown
    await decide(decided, underwriter.id, "2026-10-04T10:00:00Z"); // a week too old

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
      assigned: 4,
      pending: 1,
      decisionsPerWeek: [1, 0, 0, 0, 0, 0, 0, 2],
    });
    expect(byId.get(leadWithWork.id)).toMatchObject({
      assigned: 1,
      pending: 1,
      decisionsPerWeek: [0, 0, 0, 0, 0, 0, 1, 0],
    });
    expect(byId.get(idle.id)).toMatchObject({ assigned: 0, pending: 0 });
    // Someone deactivated still shows while applicants wait on them; otherwise they drop out.
    expect(byId.get(leftWithWork.id)).toMatchObject({ active: false, assigned: 1 });
    expect(byId.has(leftIdle.id)).toBe(false);
    expect(byId.has(leadWithout.id)).toBe(false);
  });

  it("starts each week at midnight on Monday in the organization's time zone", async () => {
    const underwriter = await person("UNDERWRITER", "Workload Mexico City");
    const decided = await applicant(underwriter.id, { records: true });
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
    expect(people.find((row) => row.id === underwriter.id)?.decisionsPerWeek).toEqual([
      1, 0, 0, 0, 0, 0, 1, 2,
    ]);
  });
});
