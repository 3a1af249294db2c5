// The retention schedule on a moved clock, in a database of its own: the schedule is one
// organization-wide setting, and a run blocks or deletes whatever in the database is due.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { BelvoClient } from "@/lib/belvo";
import type * as Database from "@/lib/db";
import { withOwnDatabase } from "@/lib/testing/own-database";
import type * as Retention from "./retention";

let data: { db: typeof Database.db; retention: typeof Retention };

withOwnDatabase(async () => {
  data = { db: (await import("@/lib/db")).db, retention: await import("./retention") };
  return data.db;
});

// These applicants have no Belvo link: a run that called Belvo would fail the test.
const noBelvo = new Proxy({} as BelvoClient, {
  get: () => {
    throw new Error("Belvo was called");
  },
});
const DAY_MS = 24 * 60 * 60 * 1000;
const at = (day: string) => new Date(`${day}T12:00:00.000Z`);

async function applicant(activity: {
  createdAt: Date;
  dataAsOf?: Date;
  decidedAt?: Date;
  revokedAt?: Date;
}) {
  const { id } = await data.db().applicant.create({
    data: {
      name: "Mariana Ibáñez Núñez",
      reference: `RET-${randomUUID().slice(0, 8)}`,
      institution: "IMSS",
      createdAt: activity.createdAt,
      dataAsOf: activity.dataAsOf ?? null,
      decidedAt: activity.decidedAt ?? null,
    },
  });
  if (activity.revokedAt)
    await data.db().consentRevocation.create({
      data: {
        applicantId: id,
        revokedOn: activity.revokedAt,
        channel: "EMAIL",
        recordedAt: activity.revokedAt,
      },
    });
  return id;
}

const schedule = (retentionMonths: number | null, blockingDays = 30) =>
  data.db().organizationSettings.upsert({
    where: { id: 1 },
    create: { id: 1, retentionMonths, blockingDays },
    update: { retentionMonths, blockingDays },
  });

describe("the retention schedule on a moved clock", () => {
  it("blocks nobody while no schedule is set", async () => {
    await schedule(null);
    await applicant({ createdAt: at("1990-01-10") });
    const report = await data.retention.runRetention(at("2000-01-01"), noBelvo);
    expect(report).toEqual({ blocked: [], deleted: [], failed: [] });
    expect(await data.db().auditEvent.count({ where: { action: "privacy.retention_run" } })).toBe(
      0,
    );
  });

  it("blocks applicants idle for longer than the period, by their last activity, then deletes them after the blocking period", async () => {
    await data.db().applicant.deleteMany();
    await schedule(24, 30);
    // The run is on 15 January 1993; 24 months before is 15 January 1991.
    const idle = await applicant({ createdAt: at("1990-01-10"), dataAsOf: at("1990-02-01") });
    const decided = await applicant({ createdAt: at("1990-01-10"), decidedAt: at("1991-06-01") });
    const refreshed = await applicant({ createdAt: at("1990-01-10"), dataAsOf: at("1992-03-01") });
    const revoked = await applicant({ createdAt: at("1990-01-10"), revokedAt: at("1991-03-01") });
    const revokedEarly = await applicant({
      createdAt: at("1990-01-10"),
      revokedAt: at("1990-06-01"),
    });

    const first = await data.retention.runRetention(at("1993-01-15"), noBelvo);
    expect(first.blocked.sort()).toEqual([idle, revokedEarly].sort());
    expect(first.deleted).toEqual([]);
    const row = await data.db().applicant.findUniqueOrThrow({ where: { id: idle } });
    expect(row.blockedAt).toEqual(at("1993-01-15"));
    expect(row.deleteAfter).toEqual(new Date(at("1993-01-15").getTime() + 30 * DAY_MS));
    const trail = await data.db().auditEvent.findFirstOrThrow({
      where: { applicantId: idle, action: "privacy.applicant_blocked" },
    });
    expect(trail).toMatchObject({ actorId: null, details: { reason: "retention" } });
    for (const kept of [decided, refreshed, revoked])
      expect(
        (await data.db().applicant.findUniqueOrThrow({ where: { id: kept } })).blockedAt,
      ).toBeNull();

    // A day before the blocking period ends nothing is deleted; the day after, both are.
    const before = await data.retention.runRetention(at("1993-02-13"), noBelvo);
    expect(before).toEqual({ blocked: [], deleted: [], failed: [] });
    const after = await data.retention.runRetention(at("1993-02-15"), noBelvo);
    expect(after.deleted.sort()).toEqual([idle, revokedEarly].sort());
    expect(await data.db().applicant.count({ where: { id: { in: [idle, revokedEarly] } } })).toBe(
      0,
    );
    expect(await data.db().applicant.count()).toBe(3);

    // Each run that did something left its report, with counts and opaque ids only.
    const runs = await data.db().auditEvent.findMany({
      where: { action: "privacy.retention_run" },
      orderBy: { createdAt: "asc" },
    });
    expect(runs.map((run) => run.details)).toEqual([
      expect.objectContaining({ blocked: 2, deleted: 0, failed: 0, retentionMonths: 24 }),
      expect.objectContaining({ blocked: 0, deleted: 2, failed: 0, blockingDays: 30 }),
    ]);
    const listed = await data.retention.listRetentionRuns();
    expect(listed.map((run) => [run.blocked, run.deleted])).toEqual([
      [0, 2],
      [2, 0],
    ]);
  });
});
