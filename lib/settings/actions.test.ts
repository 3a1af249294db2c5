import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { withOwnDatabase } from "@/lib/testing/own-database";
import { AppError } from "@/lib/errors";
import type * as Database from "@/lib/db";
import type * as SettingsActions from "./actions";
import type * as Organization from "./organization";
import type * as Users from "../auth/users";
import { settingsFailure } from "./action-result";

// The organization's settings are one row that other test files read while they run: this file
// changes them in a database of its own.
let data: {
  db: typeof Database.db;
  settings: typeof SettingsActions;
  organization: typeof Organization;
  users: typeof Users;
};

withOwnDatabase(async () => {
  data = {
    db: (await import("@/lib/db")).db,
    settings: await import("./actions"),
    organization: await import("./organization"),
    users: await import("../auth/users"),
  };
  return data.db;
});

type TestRole = "UNDERWRITER" | "TEAM_LEAD" | "ADMIN";
const member = (role: TestRole) =>
  data.users.upsertUser({
    email: `settings.${randomUUID()}@cotiza.test`,
    name: `Test ${role}`,
    role,
    password: "first-password",
  });

const DEFAULTS = {
  timeZone: "America/Mexico_City",
  flagWindowMonths: "36",
  declaredIncomeTolerancePct: "20",
};

const resummarizeJobs = () =>
  data.db().backgroundJob.count({ where: { kind: "applicants.resummarize", status: "PENDING" } });
// The audit trail is append-only: each test reads the events written since it started.
let testStartedAt = new Date();
const auditOf = (action: string) =>
  data.db().auditEvent.findMany({
    where: { action, createdAt: { gte: testStartedAt } },
    orderBy: { createdAt: "asc" },
  });
const organizationRow = () =>
  data.db().organizationSettings.findUniqueOrThrow({ where: { id: 1 } });

beforeEach(async () => {
  await data.db().backgroundJob.deleteMany({});
  testStartedAt = new Date();
  await data.db().organizationSettings.update({
    where: { id: 1 },
    data: { timeZone: "America/Mexico_City", flagWindowMonths: 36, declaredIncomeTolerancePct: 20 },
  });
  await data.db().referenceYear.deleteMany({ where: { year: { gt: 2026 } } });
});

describe("figure settings", () => {
  it("a team lead saves them: audited with before and after, and the queue is recomputed", async () => {
    const lead = await member("TEAM_LEAD");
    expect(
      await data.settings.updateFigureSettings(lead, { ...DEFAULTS, flagWindowMonths: "48" }),
    ).toEqual({ changed: true });
    expect(await data.organization.getOrganizationSettings()).toEqual({
      timeZone: "America/Mexico_City",
      flagWindowMonths: 48,
      declaredIncomeTolerancePct: 20,
      fourEyesApproval: false,
      organizationName: null,
      monitoringRefreshRate: "7d",
      salaryCutAlertPct: 10,
      alertRecipients: "ASSIGNED",
      concentrationApplicants: 5,
      concentrationDays: 30,
      arcoResponseDays: 20,
      retentionMonths: null,
      blockingDays: 30,
    });
    expect((await organizationRow()).updatedById).toBe(lead.id);
    const [event, ...more] = await auditOf("settings.figures_updated");
    expect(more).toEqual([]);
    expect(event).toMatchObject({
      actorId: lead.id,
      subject: "organization-settings",
      details: { changes: { flagWindowMonths: { from: 36, to: 48 } } },
    });
    expect(await resummarizeJobs()).toBe(1);

    // The same values again change nothing, audit nothing and queue nothing.
    expect(
      await data.settings.updateFigureSettings(lead, { ...DEFAULTS, flagWindowMonths: 48 }),
    ).toEqual({ changed: false });
    expect(await auditOf("settings.figures_updated")).toHaveLength(1);
    expect(await resummarizeJobs()).toBe(1);
  });

  it("an admin changes the time zone and the tolerance; each changed field is audited", async () => {
    const admin = await member("ADMIN");
    await data.settings.updateFigureSettings(admin, {
      timeZone: "America/Tijuana",
      flagWindowMonths: 36,
      declaredIncomeTolerancePct: 0,
    });
    const [event] = await auditOf("settings.figures_updated");
    expect(event?.details).toEqual({
      changes: {
        timeZone: { from: "America/Mexico_City", to: "America/Tijuana" },
        declaredIncomeTolerancePct: { from: 20, to: 0 },
      },
    });
    expect((await data.organization.getFigureSettings()).timeZone).toBe("America/Tijuana");
  });

  it("refuses underwriters, and anyone whose role or account changed since their session began", async () => {
    const underwriter = await member("UNDERWRITER");
    const demoted = await member("TEAM_LEAD");
    await data.db().user.update({ where: { id: demoted.id }, data: { role: "UNDERWRITER" } });
    const deactivated = await member("ADMIN");
    await data.db().user.update({ where: { id: deactivated.id }, data: { active: false } });
    const input = { ...DEFAULTS, flagWindowMonths: "12" };
    for (const actor of [underwriter, demoted, deactivated])
      await expect(data.settings.updateFigureSettings(actor, input)).rejects.toMatchObject({
        code: "forbidden",
      });
    // An underwriter hears "forbidden" before anything about their input.
    await expect(
      data.settings.updateFigureSettings(underwriter, { flagWindowMonths: "oops" }),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect((await organizationRow()).flagWindowMonths).toBe(36);
    expect(await auditOf("settings.figures_updated")).toEqual([]);
    expect(await resummarizeJobs()).toBe(0);
  });

  it("answers bad input with field errors and changes nothing", async () => {
    const lead = await member("TEAM_LEAD");
    await expect(
      data.settings.updateFigureSettings(lead, {
        timeZone: "Nowhere/Atlantis",
        flagWindowMonths: "0",
        declaredIncomeTolerancePct: "250",
      }),
    ).rejects.toMatchObject({
      code: "bad_request",
      details: {
        fields: {
          timeZone: "settings.validation.timeZoneUnknown",
          flagWindowMonths: "settings.validation.flagWindowMonths",
          declaredIncomeTolerancePct: "settings.validation.declaredIncomeTolerancePct",
        },
      },
    });
    expect(await resummarizeJobs()).toBe(0);
  });
});

const YEAR_2027 = {
  intent: "add",
  year: "2027",
  umaDaily: "121.90",
  minimumWageDaily: "350.00",
  minimumWageBorderDaily: "",
};

describe("reference years", () => {
  it("an admin adds the next year, then corrects it; both audited, both recompute the queue", async () => {
    const admin = await member("ADMIN");
    expect(await data.settings.saveReferenceYear(admin, YEAR_2027)).toEqual({
      year: 2027,
      changed: true,
      created: true,
    });
    const years = await data.organization.listReferenceYears();
    expect(years.at(-1)).toEqual({
      year: 2027,
      umaDaily: 121.9,
      minimumWageDaily: 350,
      minimumWageBorderDaily: null,
    });
    expect(await resummarizeJobs()).toBe(1);

    expect(
      await data.settings.saveReferenceYear(admin, {
        ...YEAR_2027,
        intent: "edit",
        minimumWageBorderDaily: "470.50",
      }),
    ).toEqual({ year: 2027, changed: true, created: false });
    expect(
      await data.settings.saveReferenceYear(admin, {
        ...YEAR_2027,
        intent: "edit",
        minimumWageBorderDaily: "470.5",
      }),
    ).toEqual({ year: 2027, changed: false, created: false });
    const row = await data.db().referenceYear.findUniqueOrThrow({ where: { year: 2027 } });
    expect(row.minimumWageBorderDaily?.toString()).toBe("470.5");
    expect(row.updatedById).toBe(admin.id);

    const events = await auditOf("settings.reference_year_saved");
    expect(events.map((event) => [event.actorId, event.subject, event.details])).toEqual([
      [
        admin.id,
        "reference-year:2027",
        {
          year: 2027,
          created: true,
          changes: {
            umaDaily: { from: null, to: 121.9 },
            minimumWageDaily: { from: null, to: 350 },
          },
        },
      ],
      [
        admin.id,
        "reference-year:2027",
        {
          year: 2027,
          created: false,
          changes: { minimumWageBorderDaily: { from: null, to: 470.5 } },
        },
      ],
    ]);
    expect(await resummarizeJobs()).toBe(2);
  });

  it("an admin corrects a seeded year, and cannot add a year twice nor edit a missing one", async () => {
    const admin = await member("ADMIN");
    await expect(
      data.settings.saveReferenceYear(admin, {
        intent: "add",
        year: 2026,
        umaDaily: 117.31,
        minimumWageDaily: 315.04,
      }),
    ).rejects.toMatchObject({
      code: "conflict",
      message: "errors.settings.duplicateYear",
      details: { fields: { year: "errors.settings.duplicateYear" } },
    });
    await expect(
      data.settings.saveReferenceYear(admin, { ...YEAR_2027, intent: "edit", year: "2030" }),
    ).rejects.toMatchObject({
      code: "not_found",
      message: "errors.settings.yearNotFound",
      details: { fields: { year: "errors.settings.yearNotFound" } },
    });
    expect(
      await data.settings.saveReferenceYear(admin, {
        intent: "edit",
        year: 2026,
        umaDaily: "117.31",
        minimumWageDaily: "315.04",
        minimumWageBorderDaily: "441.00",
      }),
    ).toMatchObject({ changed: true, created: false });
    const [event] = await auditOf("settings.reference_year_saved");
    expect(event?.details).toEqual({
      year: 2026,
      created: false,
      changes: { minimumWageBorderDaily: { from: 440.87, to: 441 } },
    });
    await data.db().referenceYear.update({
      where: { year: 2026 },
      data: { minimumWageBorderDaily: "440.87" },
    });
  });

  it("refuses team leads and underwriters, even with a valid year", async () => {
    for (const role of ["TEAM_LEAD", "UNDERWRITER"] as const) {
      const actor = await member(role);
      await expect(data.settings.saveReferenceYear(actor, YEAR_2027)).rejects.toMatchObject({
        code: "forbidden",
      });
    }
    const demoted = await member("ADMIN");
    await data.db().user.update({ where: { id: demoted.id }, data: { role: "TEAM_LEAD" } });
    await expect(data.settings.saveReferenceYear(demoted, YEAR_2027)).rejects.toMatchObject({
      code: "forbidden",
    });
    expect(await data.db().referenceYear.count({ where: { year: 2027 } })).toBe(0);
    expect(await auditOf("settings.reference_year_saved")).toEqual([]);
    expect(await resummarizeJobs()).toBe(0);
  });

  it("answers bad input with field errors", async () => {
    const admin = await member("ADMIN");
    await expect(
      data.settings.saveReferenceYear(admin, {
        intent: "add",
        year: "1999",
        umaDaily: "12.345",
        minimumWageDaily: "",
      }),
    ).rejects.toMatchObject({
      code: "bad_request",
      details: {
        fields: {
          year: "settings.validation.year",
          umaDaily: "settings.validation.amountShape",
          minimumWageDaily: "settings.validation.minimumWageRequired",
        },
      },
    });
    await expect(
      data.settings.saveReferenceYear(admin, { ...YEAR_2027, umaDaily: "" }),
    ).rejects.toMatchObject({
      details: { fields: { umaDaily: "settings.validation.umaRequired" } },
    });
  });
});

describe("what a settings action answers when it fails", () => {
  it("passes on an AppError's message and fields, and hides anything else", () => {
    expect(
      settingsFailure(
        new AppError("bad_request", "errors.request.fieldsNeedAttention", undefined, {
          fields: { year: "settings.validation.year" },
        }),
      ),
    ).toEqual({
      ok: false,
      message: "errors.request.fieldsNeedAttention",
      fields: { year: "settings.validation.year" },
    });
    expect(settingsFailure(new AppError("forbidden"))).toEqual({
      ok: false,
      message: "errors.codes.forbidden",
      fields: {},
    });
    const log = console.error;
    console.error = () => {};
    try {
      expect(settingsFailure(new Error("connection to 10.0.0.1 refused"))).toEqual({
        ok: false,
        message: "errors.codes.internal",
        fields: {},
      });
    } finally {
      console.error = log;
    }
  });
});

describe("decision rules", () => {
  it("a team lead turns four eyes on and off, audited; an underwriter may not", async () => {
    const lead = await member("TEAM_LEAD");
    expect(await data.settings.updateDecisionRules(lead, { fourEyesApproval: "on" })).toEqual({
      changed: true,
    });
    expect((await organizationRow()).fourEyesApproval).toBe(true);
    expect(await data.settings.updateDecisionRules(lead, { fourEyesApproval: "on" })).toEqual({
      changed: false,
    });
    expect(await data.settings.updateDecisionRules(lead, {})).toEqual({ changed: true });
    expect((await organizationRow()).fourEyesApproval).toBe(false);
    const audits = await auditOf("settings.decision_rules_updated");
    expect(audits.map((event) => event.details)).toEqual([
      { changes: { fourEyesApproval: { from: false, to: true } } },
      { changes: { fourEyesApproval: { from: true, to: false } } },
    ]);
    // Nothing to recompute: the figures do not move.
    expect(await resummarizeJobs()).toBe(0);
    const underwriter = await member("UNDERWRITER");
    await expect(
      data.settings.updateDecisionRules(underwriter, { fourEyesApproval: "on" }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("monitoring settings", () => {
  const MONITORING = {
    monitoringRefreshRate: "7d",
    salaryCutAlertPct: "10",
    alertRecipients: "ASSIGNED",
    concentrationApplicants: "5",
    concentrationDays: "30",
  };

  it("a team lead sets the rate, the threshold and the recipients, audited; an underwriter may not", async () => {
    const lead = await member("TEAM_LEAD");
    expect(
      await data.settings.updateMonitoringSettings(lead, {
        ...MONITORING,
        monitoringRefreshRate: "24h",
        salaryCutAlertPct: "15",
        alertRecipients: "LEADS",
      }),
    ).toEqual({ changed: true });
    expect(await organizationRow()).toMatchObject({
      monitoringRefreshRate: "24h",
      salaryCutAlertPct: 15,
      alertRecipients: "LEADS",
      updatedById: lead.id,
    });
    const [event, ...more] = await auditOf("settings.monitoring_updated");
    expect(more).toEqual([]);
    expect(event?.details).toEqual({
      changes: {
        monitoringRefreshRate: { from: "7d", to: "24h" },
        salaryCutAlertPct: { from: 10, to: 15 },
        alertRecipients: { from: "ASSIGNED", to: "LEADS" },
      },
    });
    expect(
      await data.settings.updateMonitoringSettings(lead, {
        monitoringRefreshRate: "24h",
        salaryCutAlertPct: 15,
        alertRecipients: "LEADS",
        concentrationApplicants: 5,
        concentrationDays: 30,
      }),
    ).toEqual({ changed: false });
    // Alerts are no figures: nothing to recompute.
    expect(await resummarizeJobs()).toBe(0);
    const underwriter = await member("UNDERWRITER");
    await expect(
      data.settings.updateMonitoringSettings(underwriter, MONITORING),
    ).rejects.toMatchObject({ code: "forbidden" });
  });

  it("the concentration signal's limits are settable, and changing them recomputes the flags", async () => {
    const lead = await member("TEAM_LEAD");
    await data.settings.updateMonitoringSettings(lead, MONITORING);
    const baseline = (await auditOf("settings.monitoring_updated")).length;
    const jobs = await resummarizeJobs();
    expect(
      await data.settings.updateMonitoringSettings(lead, {
        ...MONITORING,
        concentrationApplicants: "1",
        concentrationDays: "60",
      }),
    ).toEqual({ changed: true });
    expect(await organizationRow()).toMatchObject({
      concentrationApplicants: 1,
      concentrationDays: 60,
    });
    const events = await auditOf("settings.monitoring_updated");
    expect(events).toHaveLength(baseline + 1);
    expect(events.map((event) => event.details)).toContainEqual({
      changes: {
        concentrationApplicants: { from: 5, to: 1 },
        concentrationDays: { from: 30, to: 60 },
      },
    });
    expect(await resummarizeJobs()).toBe(jobs + 1);
  });

  it("answers bad input with field errors and changes nothing", async () => {
    const lead = await member("TEAM_LEAD");
    for (const [field, value, key] of [
      ["concentrationApplicants", "0", "settings.validation.concentrationApplicants"],
      ["concentrationDays", "366", "settings.validation.concentrationDays"],
      ["salaryCutAlertPct", "0", "settings.validation.salaryCutAlertPct"],
      ["salaryCutAlertPct", "101", "settings.validation.salaryCutAlertPct"],
      ["salaryCutAlertPct", "10.5", "settings.validation.salaryCutAlertPct"],
      ["monitoringRefreshRate", "2h", "settings.validation.refreshRate"],
      ["alertRecipients", "EVERYONE", "settings.validation.alertRecipients"],
    ] as const) {
      const refused = await data.settings
        .updateMonitoringSettings(lead, { ...MONITORING, [field]: value })
        .catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(AppError);
      expect((refused as AppError).details?.fields).toEqual({ [field]: key });
    }
    expect(await auditOf("settings.monitoring_updated")).toEqual([]);
  });
});

describe("organization name", () => {
  it("an admin sets the lender's name, audited; a team lead may not", async () => {
    const admin = await member("ADMIN");
    const name = "  Financiera   del Bajío, S.A. de C.V. ";
    expect(await data.settings.updateOrganizationName(admin, { organizationName: name })).toEqual({
      changed: true,
    });
    expect((await organizationRow()).organizationName).toBe("Financiera del Bajío, S.A. de C.V.");
    expect(
      await data.settings.updateOrganizationName(admin, {
        organizationName: "Financiera del Bajío, S.A. de C.V.",
      }),
    ).toEqual({ changed: false });
    const [event] = await auditOf("settings.organization_updated");
    expect(event?.details).toEqual({
      changes: {
        organizationName: { from: null, to: "Financiera del Bajío, S.A. de C.V." },
      },
    });
    await expect(
      data.settings.updateOrganizationName(await member("TEAM_LEAD"), { organizationName: "X" }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      data.settings.updateOrganizationName(admin, { organizationName: "x".repeat(121) }),
    ).rejects.toMatchObject({
      details: { fields: { organizationName: "settings.validation.organizationName" } },
    });
    expect(await data.settings.updateOrganizationName(admin, { organizationName: " " })).toEqual({
      changed: true,
    });
    expect((await organizationRow()).organizationName).toBeNull();
  });
});
