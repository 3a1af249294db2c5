import { describe, expect, it } from "vitest";
import type { SnapshotChangeDraft } from "@/lib/applicant/snapshot-diff";
import {
  ALERT_KINDS,
  alertsFromChanges,
  MIN_SALARY_RISE_PCT,
  SEVERITY,
  type AlertRuleSettings,
  type OpenJob,
} from "./rules";

const DEFAULTS: AlertRuleSettings = { salaryCutAlertPct: 10 };
const EMPLOYER = "Logística Azteca del Centro S.A. de C.V.";

const exit = (employer = EMPLOYER, endDate = "2026-12-05"): SnapshotChangeDraft => ({
  kind: "EXIT",
  details: { employer, endDate },
});
const salary = (from: string | null, to: string | null): SnapshotChangeDraft => ({
  kind: "SALARY_CHANGE",
  details: { employer: EMPLOYER, from, to },
});
const score = (from: number | null, to: number | null, period = 12): SnapshotChangeDraft => ({
  kind: "SCORE_CHANGE",
  details: { period, from, to },
});

const NUEVA = { employer: "Nueva S.A.", startDate: "2026-12-01" };
/** `count` open jobs: the employer of the salary changes first, then another. */
const open = (count: number): { openJobs: OpenJob[] } => ({
  openJobs: [
    { employer: EMPLOYER, startDate: "2020-01-01" },
    { employer: "Otra S.A.", startDate: "2021-01-01" },
  ].slice(0, count),
});

const kindsOf = (
  changes: SnapshotChangeDraft[],
  openJobs = 1,
  settings: AlertRuleSettings = DEFAULTS,
) => alertsFromChanges(changes, open(openJobs), settings).map((alert) => alert.kind);

describe("severities", () => {
  it("pins the severity of every kind", () => {
    expect(SEVERITY).toEqual({
      JOB_LOSS: "HIGH",
      SALARY_CUT: "HIGH",
      LINK_INVALID: "HIGH",
      LINK_RECONNECT: "MEDIUM",
      RECORDS_UNAVAILABLE: "MEDIUM",
      SCORE_BAND_DROP: "MEDIUM",
      NEW_EMPLOYER: "MEDIUM",
      SALARY_RISE: "LOW",
    });
    expect(Object.keys(SEVERITY).sort()).toEqual([...ALERT_KINDS].sort());
  });

  it("gives every draft its kind's severity", () => {
    expect(alertsFromChanges([exit()], open(0), DEFAULTS)).toMatchObject([
      { kind: "JOB_LOSS", severity: "HIGH" },
    ]);
    const drafts = alertsFromChanges(
      [{ kind: "NEW_EMPLOYER", details: NUEVA }, salary("1000.00", "850.00"), score(760, 600)],
      { openJobs: [...open(1).openJobs, NUEVA] },
      DEFAULTS,
    );
    expect(drafts.map((draft) => [draft.kind, draft.severity])).toEqual([
      ["NEW_EMPLOYER", "MEDIUM"],
      ["SALARY_CUT", "HIGH"],
      ["SCORE_BAND_DROP", "MEDIUM"],
    ]);
  });
});

describe("JOB_LOSS", () => {
  it("is raised when a job ended and no job is left open, with the employer and end date", () => {
    expect(alertsFromChanges([exit()], open(0), DEFAULTS)).toEqual([
      {
        kind: "JOB_LOSS",
        severity: "HIGH",
        details: { employer: EMPLOYER, endDate: "2026-12-05" },
      },
    ]);
  });

  it("is not raised while another job is still open", () => {
    expect(kindsOf([exit()], 1)).toEqual([]);
    expect(kindsOf([exit()], 2)).toEqual([]);
  });

  it("is not raised without an EXIT, even with no open job", () => {
    expect(kindsOf([salary("500.00", "500.00")], 0)).toEqual([]);
    expect(kindsOf([{ kind: "WEEKS_CHANGE", details: { field: "x", from: 1, to: 2 } }], 0)).toEqual(
      [],
    );
  });

  it("is raised once for several exits, naming the last one", () => {
    const drafts = alertsFromChanges(
      [exit("Primera S.A.", "2026-11-30"), exit("Segunda S.A.", "2026-12-05")],
      open(0),
      DEFAULTS,
    );
    expect(drafts).toEqual([
      {
        kind: "JOB_LOSS",
        severity: "HIGH",
        details: { employer: "Segunda S.A.", endDate: "2026-12-05" },
      },
    ]);
  });
});

describe("NEW_EMPLOYER", () => {
  it("is raised for a new employer and for a rehire, with employer and start date", () => {
    const drafts = alertsFromChanges(
      [
        { kind: "NEW_EMPLOYER", details: { employer: "Nueva S.A.", startDate: "2026-12-01" } },
        {
          kind: "REHIRE",
          details: { employer: EMPLOYER, startDate: "2026-12-02", previousEndDate: "2025-01-31" },
        },
      ],
      { openJobs: [NUEVA, { employer: EMPLOYER, startDate: "2026-12-02" }] },
      DEFAULTS,
    );
    expect(drafts).toEqual([
      {
        kind: "NEW_EMPLOYER",
        severity: "MEDIUM",
        details: { employer: "Nueva S.A.", startDate: "2026-12-01" },
      },
      {
        kind: "NEW_EMPLOYER",
        severity: "MEDIUM",
        details: { employer: EMPLOYER, startDate: "2026-12-02" },
      },
    ]);
  });

  it("is not raised by changes that are not a new job", () => {
    expect(
      kindsOf([
        {
          kind: "JOB_REMOVED",
          details: { employer: EMPLOYER, startDate: "2020-01-01", endDate: null },
        },
        { kind: "WEEKS_CHANGE", details: { field: "weeksContributed", from: 500, to: 501 } },
      ]),
    ).toEqual([]);
  });
});

describe("SALARY_CUT", () => {
  it("is raised at exactly the threshold (10 %), with the percentage", () => {
    expect(alertsFromChanges([salary("1000.00", "900.00")], open(1), DEFAULTS)).toEqual([
      {
        kind: "SALARY_CUT",
        severity: "HIGH",
        details: { employer: EMPLOYER, from: "1000.00", to: "900.00", pct: -10 },
      },
    ]);
  });

  it("is not raised just under the threshold (9.9 %)", () => {
    expect(kindsOf([salary("1000.00", "901.00")])).toEqual([]);
  });

  it("is not raised for a small cut (and a cut is never a rise)", () => {
    expect(kindsOf([salary("1000.00", "950.00")])).toEqual([]);
    expect(kindsOf([salary("1000.00", "999.00")])).toEqual([]);
  });

  it("follows a custom threshold (15 %)", () => {
    const fifteen = { salaryCutAlertPct: 15 };
    expect(kindsOf([salary("1000.00", "850.00")], 1, fifteen)).toEqual(["SALARY_CUT"]);
    expect(kindsOf([salary("1000.00", "851.00")], 1, fifteen)).toEqual([]);
    expect(kindsOf([salary("1000.00", "900.00")], 1, fifteen)).toEqual([]);
  });

  it("is not raised when a salary is missing, not a number or was zero", () => {
    expect(kindsOf([salary(null, "500.00")])).toEqual([]);
    expect(kindsOf([salary("500.00", null)])).toEqual([]);
    expect(kindsOf([salary("n/a", "500.00")])).toEqual([]);
    expect(kindsOf([salary("0", "500.00")])).toEqual([]);
  });
});

describe("SALARY_RISE", () => {
  it(`is raised at exactly ${MIN_SALARY_RISE_PCT} %, with the percentage`, () => {
    expect(MIN_SALARY_RISE_PCT).toBe(2);
    expect(alertsFromChanges([salary("1000.00", "1020.00")], open(1), DEFAULTS)).toEqual([
      {
        kind: "SALARY_RISE",
        severity: "LOW",
        details: { employer: EMPLOYER, from: "1000.00", to: "1020.00", pct: 2 },
      },
    ]);
  });

  it("is not raised under it (1.9 %)", () => {
    expect(kindsOf([salary("1000.00", "1019.00")])).toEqual([]);
  });

  it("is raised for a large rise (the promotion persona's +18 %)", () => {
    const [draft] = alertsFromChanges([salary("500.00", "590.00")], open(1), DEFAULTS);
    expect(draft).toMatchObject({ kind: "SALARY_RISE", details: { pct: 18 } });
  });
});

describe("SCORE_BAND_DROP", () => {
  it("is raised when the score falls into a riskier band (760 → 740 crosses 750)", () => {
    expect(alertsFromChanges([score(760, 740)], open(1), DEFAULTS)).toEqual([
      {
        kind: "SCORE_BAND_DROP",
        severity: "MEDIUM",
        details: { period: 12, from: 760, to: 740, fromBand: "low", toBand: "moderate" },
      },
    ]);
  });

  it("is raised at the band's edge (550 → 549) and across several bands", () => {
    expect(alertsFromChanges([score(550, 549)], open(1), DEFAULTS)).toMatchObject([
      { kind: "SCORE_BAND_DROP", details: { fromBand: "elevated", toBand: "high" } },
    ]);
    expect(alertsFromChanges([score(900, 300)], open(1), DEFAULTS)).toMatchObject([
      { kind: "SCORE_BAND_DROP", details: { fromBand: "low", toBand: "high" } },
    ]);
  });

  it("is not raised for a drop inside one band (740 → 700), nor down to its floor (799 → 750)", () => {
    expect(kindsOf([score(740, 700)])).toEqual([]);
    expect(kindsOf([score(799, 750)])).toEqual([]);
  });

  it("is not raised when the score rises (600 → 700)", () => {
    expect(kindsOf([score(600, 700)])).toEqual([]);
  });

  it("is raised once per pull, for the longest horizon that fell", () => {
    const drafts = alertsFromChanges(
      [score(700, 600, 3), score(760, 700, 12), score(800, 790, 24), score(640, 500, 6)],
      open(1),
      DEFAULTS,
    );
    expect(drafts).toEqual([
      {
        kind: "SCORE_BAND_DROP",
        severity: "MEDIUM",
        details: { period: 12, from: 760, to: 700, fromBand: "low", toBand: "moderate" },
      },
    ]);
  });

  it("is not raised when either score is missing", () => {
    expect(kindsOf([score(null, 500)])).toEqual([]);
    expect(kindsOf([score(760, null)])).toEqual([]);
  });
});

describe("alertsFromChanges", () => {
  it("raises nothing for no changes", () => {
    expect(alertsFromChanges([], open(0), DEFAULTS)).toEqual([]);
  });

  it("lists the job loss first, then the changes' alerts in their order, then the score's", () => {
    expect(kindsOf([salary("1000.00", "1100.00"), score(700, 500), exit()], 0)).toEqual([
      "JOB_LOSS",
      "SCORE_BAND_DROP",
    ]);
    expect(
      alertsFromChanges(
        [salary("1000.00", "1100.00"), score(700, 500), { kind: "NEW_EMPLOYER", details: NUEVA }],
        { openJobs: [...open(1).openJobs, NUEVA] },
        DEFAULTS,
      ).map((alert) => alert.kind),
    ).toEqual(["SALARY_RISE", "NEW_EMPLOYER", "SCORE_BAND_DROP"]);
  });

  it("ignores a past job that surfaced late and a salary change on a job no longer open", () => {
    const late = { employer: "Antigua S.A.", startDate: "2011-03-01" };
    expect(kindsOf([{ kind: "NEW_EMPLOYER", details: late }], 1)).toEqual([]);
    // The employer of the salary change is not among the open jobs.
    expect(
      alertsFromChanges(
        [salary("1000.00", "800.00")],
        { openJobs: [{ employer: "Otra S.A.", startDate: "2021-01-01" }] },
        DEFAULTS,
      ),
    ).toEqual([]);
  });

  it("names the exit that ended last, whatever the order of the changes", () => {
    expect(
      alertsFromChanges(
        [exit("Segunda S.A.", "2026-12-05"), exit("Primera S.A.", "2026-11-30")],
        open(0),
        DEFAULTS,
      )[0]?.details,
    ).toEqual({ employer: "Segunda S.A.", endDate: "2026-12-05" });
  });
});
