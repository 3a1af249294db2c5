// Settings → Privacy on the database: the ARCO answer period (team leads and admins), the
// retention schedule and the rest days (admins), each audited with what changed.
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { withOwnDatabase } from "@/lib/testing/own-database";
import type * as Database from "@/lib/db";
import type * as Organization from "@/lib/settings/organization";
import type * as PrivacySettings from "./settings";
import type * as RestDays from "./rest-days";
import type * as Users from "../auth/users";
import { statutoryRestDays } from "./business-days";

// The organization's settings are one row that other test files read while they run: this file
// changes them in a database of its own.
let data: {
  db: typeof Database.db;
  organization: typeof Organization;
  settings: typeof PrivacySettings;
  restDays: typeof RestDays;
  users: typeof Users;
};

withOwnDatabase(async () => {
  data = {
    db: (await import("@/lib/db")).db,
    organization: await import("@/lib/settings/organization"),
    settings: await import("./settings"),
    restDays: await import("./rest-days"),
    users: await import("../auth/users"),
  };
  return data.db;
});

type TestRole = "UNDERWRITER" | "TEAM_LEAD" | "ADMIN";
const member = (role: TestRole) =>
  data.users.upsertUser({
    email: `privacy-settings.${randomUUID()}@cotiza.test`,
    name: `Test ${role}`,
    role,
    password: "privacy-password",
  });

let testStartedAt = new Date();
const auditOf = (action: string) =>
  data.db().auditEvent.findMany({
    where: { action, createdAt: { gte: testStartedAt } },
    orderBy: { createdAt: "asc" },
  });
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

beforeEach(async () => {
  testStartedAt = new Date();
  await data.db().organizationSettings.update({
    where: { id: 1 },
    data: { arcoResponseDays: 20, retentionMonths: null, blockingDays: 30 },
  });
});

describe("the ARCO answer period", () => {
  it("a team lead sets it; audited with before and after; the same value changes nothing", async () => {
    const lead = await member("TEAM_LEAD");
    expect(await data.settings.updateArcoPeriod(lead, { arcoResponseDays: "15" })).toEqual({
      changed: true,
    });
    expect((await data.organization.getOrganizationSettings()).arcoResponseDays).toBe(15);
    expect(await auditOf("settings.arco_period_updated")).toEqual([
      expect.objectContaining({
        actorId: lead.id,
        subject: "organization-settings",
        details: { changes: { arcoResponseDays: { from: 20, to: 15 } } },
      }),
    ]);
    expect(await data.settings.updateArcoPeriod(lead, { arcoResponseDays: 15 })).toEqual({
      changed: false,
    });
    expect(await auditOf("settings.arco_period_updated")).toHaveLength(1);
  });

  it("refuses underwriters, and a period out of bounds", async () => {
    await expect(
      data.settings.updateArcoPeriod(await member("UNDERWRITER"), { arcoResponseDays: "10" }),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect(
      await refusal(
        data.settings.updateArcoPeriod(await member("ADMIN"), { arcoResponseDays: "0" }),
      ),
    ).toMatchObject({
      code: "bad_request",
      details: { fields: { arcoResponseDays: "privacy.settings.validation.arcoResponseDays" } },
    });
    expect((await data.organization.getOrganizationSettings()).arcoResponseDays).toBe(20);
  });
});

describe("the retention schedule", () => {
  it("an admin sets it and takes it away (empty months: no schedule); each change audited", async () => {
    const admin = await member("ADMIN");
    await data.settings.updateRetentionSchedule(admin, {
      retentionMonths: "24",
      blockingDays: "90",
    });
    expect(await data.organization.getOrganizationSettings()).toMatchObject({
      retentionMonths: 24,
      blockingDays: 90,
    });
    await data.settings.updateRetentionSchedule(admin, {
      retentionMonths: " ",
      blockingDays: "90",
    });
    expect((await data.organization.getOrganizationSettings()).retentionMonths).toBeNull();
    expect((await auditOf("settings.retention_updated")).map((event) => event.details)).toEqual([
      {
        changes: {
          retentionMonths: { from: null, to: 24 },
          blockingDays: { from: 30, to: 90 },
        },
      },
      { changes: { retentionMonths: { from: 24, to: null } } },
    ]);
  });

  it("is for admins only, and names each value out of bounds", async () => {
    expect(
      await refusal(
        data.settings.updateRetentionSchedule(await member("TEAM_LEAD"), {
          retentionMonths: "12",
          blockingDays: "30",
        }),
      ),
    ).toMatchObject({ code: "forbidden", key: "errors.privacy.retentionNotAllowed" });
    expect(
      await refusal(
        data.settings.updateRetentionSchedule(await member("ADMIN"), {
          retentionMonths: "0",
          blockingDays: "-1",
        }),
      ),
    ).toMatchObject({
      details: {
        fields: {
          retentionMonths: "privacy.settings.validation.retentionMonths",
          blockingDays: "privacy.settings.validation.blockingDays",
        },
      },
    });
    expect(await auditOf("settings.retention_updated")).toEqual([]);
  });
});

describe("rest days", () => {
  // After the seeded years (2025–2035), so no statutory day is in the way.
  const decreed = { day: "2036-03-11", name: "Día decretado de prueba" };

  it("has a catalog name for every statutory day", () => {
    for (const { name } of statutoryRestDays(2024))
      expect(data.restDays.isStatutoryName(name), name).toBe(true);
  });

  it("an admin adds one; the upcoming list names it in their words, the statutory ones by key", async () => {
    const admin = await member("ADMIN");
    expect(await data.restDays.addRestDay(admin, decreed)).toEqual(decreed);
    const upcoming = await data.restDays.listUpcomingRestDays(500);
    expect(upcoming.at(-1)).toEqual({
      day: decreed.day,
      statutoryName: null,
      customName: decreed.name,
    });
    expect(upcoming).toContainEqual({
      day: "2035-12-25",
      statutoryName: "christmas",
      customName: null,
    });
    expect(upcoming.map((restDay) => restDay.day)).toEqual(
      upcoming.map((restDay) => restDay.day).sort(),
    );
    expect(await auditOf("privacy.rest_day_added")).toEqual([
      expect.objectContaining({
        actorId: admin.id,
        applicantId: null,
        subject: `rest-day:${decreed.day}`,
        details: decreed,
      }),
    ]);
  });

  it("refuses a day that is one already, a day in the past, and anyone but an admin", async () => {
    const admin = await member("ADMIN");
    expect(await refusal(data.restDays.addRestDay(admin, decreed))).toMatchObject({
      code: "conflict",
      details: { fields: { day: "privacy.settings.validation.restDayTaken" } },
    });
    expect(
      await refusal(data.restDays.addRestDay(admin, { day: "2025-06-02", name: "Pasado" })),
    ).toMatchObject({
      code: "bad_request",
      details: { fields: { day: "privacy.settings.validation.restDayPast" } },
    });
    await expect(
      data.restDays.addRestDay(await member("TEAM_LEAD"), { day: "2036-04-01", name: "Otro" }),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect(await auditOf("privacy.rest_day_added")).toEqual([]);
  });
});
