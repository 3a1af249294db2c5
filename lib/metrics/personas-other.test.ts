// Hand-checked personas without a plain IMSS job: ISSSTE, dismissed, redeemed weeks, retiree.
// As-of day 30 Jun 2025; the arithmetic is in the comments. Flags carry facts; their English
// sentences are what `explain` renders in en-US formats. "N months before the data": whole months
// of 365.25 ÷ 12 = 30.4375 days, rounded down.
import { describe, expect, it } from "vitest";
import { explain } from "@/lib/i18n/testing/explain";
import { computeApplicantMetrics } from "./applicant-metrics";
import { dismissed, issste, redeemed, retiree } from "./testing/personas";

describe("an ISSSTE worker", () => {
  const metrics = computeApplicantMetrics(issste);

  it("identifies employers by name, as ISSSTE has no registro patronal", () => {
    expect(metrics.status).toBe("employed");
    // 1 Sep 2010 → 1 Sep 2025: 15 × 365 + 4 leap days = 5,479; minus 63 days back to 30 Jun.
    expect(metrics.tenureAtCurrentEmployerDays).toBe(5416);
    // Gap 16 → 31 Aug 2010: 16 days, 2 weeks (not over 3 months, so no flag).
    expect(metrics.longestGap).toEqual({
      from: "2010-08-16",
      to: "2010-08-31",
      days: 16,
      weeks: 2,
    });
    // SSA 1 Jan 2008 → 15 Aug 2010: 957 + 1 = 958; SEP 5,416 + 1 = 5,417. 6,375 days; 910 weeks.
    expect(metrics.totalTenure).toEqual({ days: 6375, weeks: 910 });
    expect(metrics.employers).toEqual({ months12: 1, months24: 1, months36: 1, ever: 2 });
  });

  it("makes the monthly income daily × 30 without a reported monthly salary", () => {
    // Belvo's ISSSTE daily salary is the monthly one ÷ 30: 500 × 30 = 15,000. It is base pay
    // without perks, so the 1.0493 integration factor does not apply: cash = monthly.
    expect(metrics.income).toEqual({
      dailySalary: "500.00",
      monthlyIncome: "15000.00",
      estimatedCashBasePay: "15000.00",
      complete: true,
      atLeast: false,
      method: "issste-monthly",
    });
    // The 25-UMA ceiling is IMSS's: no cap is claimed for an ISSSTE salary.
    expect(metrics.currentJobs[0]).toMatchObject({
      monthlySalary: "15000.00",
      capDaily: null,
      capped: false,
    });
    expect(metrics.missingReferenceYears).toEqual([]);
    expect(metrics.socialSecuritySummary).toBeNull();
  });

  it("uses the monthly salary Belvo reports when there is one", () => {
    const [sep, ssa] = issste.jobs;
    if (!sep || !ssa) throw new Error("fixture");
    const reported = computeApplicantMetrics({
      ...issste,
      jobs: [{ ...sep, reportedMonthlySalary: "15234.56" }, ssa],
    });
    // Reported as is, not 500 × 30; the daily figure stays the movement's.
    expect(reported.income).toMatchObject({
      dailySalary: "500.00",
      monthlyIncome: "15234.56",
      estimatedCashBasePay: "15234.56",
      method: "issste-monthly",
    });
  });

  it("compares the SEP salary with its own earlier one", () => {
    // 30 Jun 2024: 500 (since 1 Jan 2023) → 0. 30 Jun 2022: 250 → (500 − 250) ÷ 250 = +100%.
    expect(metrics.salaryChange).toEqual({
      employer: "SECRETARIA DE EDUCACION PUBLICA;SEP",
      months12: 0,
      months36: 1,
    });
    // 250 → 500 on 1 Jan 2023 (+100%): within 36 months (from 30 Jun 2022), not 12.
    expect(metrics.raisesAndCuts).toEqual({
      ever: { raises: 1, cuts: 0 },
      months12: { raises: 0, cuts: 0 },
      months36: { raises: 1, cuts: 0 },
    });
  });

  it("says why there is no score, as a standing fact without a date", () => {
    expect(metrics.flags).toEqual([{ code: "issste", severity: "info", since: null, facts: {} }]);
    expect(metrics.flags.map((flag) => explain(flag, issste.asOf))).toEqual([
      "ISSSTE records carry no weeks summary, and Belvo gives them no employment score.",
    ]);
  });
});

describe("someone dismissed six weeks ago", () => {
  const metrics = computeApplicantMetrics(dismissed);

  it("is unemployed even though IMSS still lists the entitlement as EMPLOYED", () => {
    expect(metrics.status).toBe("unemployed");
    expect(metrics.currentJobs).toEqual([]);
    expect(metrics.tenureAtCurrentEmployerDays).toBeNull();
    expect(metrics.income).toBeNull();
    // 15 May → 30 Jun 2025: 16 + 30 = 46 days → 6 weeks.
    expect(metrics.weeksSinceLastJob).toBe(6);
    expect(metrics.lastSalary).toEqual({
      employer: "Constructora Muñoz",
      dailySalary: "500.00",
      endDate: "2025-05-15",
    });
    // 1 Jun 2020 → 1 Jun 2025: 1,826 (one leap day, 2024); back 17 to 15 May: 1,809; + 1.
    expect(metrics.totalTenure).toEqual({ days: 1810, weeks: 258 });
  });

  it("has no salary change without a current job", () => {
    expect(metrics.salaryChange).toBeNull();
    expect(metrics.raisesAndCuts.months36).toEqual({ raises: 1, cuts: 0 }); // 1 Jun 2023
  });

  it("flags the recent exit as a warning", () => {
    // Jobless from 16 May; 16 May + 3 months = 16 Aug, after 30 Jun: up to 3 months.
    // 46 days ÷ 30.4375 = 1.51 → 1 month.
    expect(metrics.flags).toEqual([
      {
        code: "recent-exit",
        severity: "warning",
        since: "2025-05-15",
        facts: { employer: "Constructora Muñoz", endDate: "2025-05-15" },
      },
    ]);
    expect(metrics.flags.map((flag) => explain(flag, dismissed.asOf))).toEqual([
      "Left Constructora Muñoz on May 15, 2025, 1 month before the data, and has no open job.",
    ]);
  });

  it("turns the exit into a jobless risk once it lasts more than 3 months", () => {
    // 15 May → 30 Sep 2025: 16 + 30 + 31 + 31 + 30 = 138 days → 19 weeks; 138 ÷ 30.4375 = 4.53
    // → 4 months. Jobless from 16 May; 16 May + 3 months = 16 Aug, on or before 30 Sep.
    const later = computeApplicantMetrics({ ...dismissed, asOf: "2025-09-30" });
    expect(later.weeksSinceLastJob).toBe(19);
    expect(later.flags).toEqual([
      {
        code: "jobless",
        severity: "risk",
        since: "2025-05-15",
        facts: { employer: "Constructora Muñoz", endDate: "2025-05-15", weeks: 19 },
      },
    ]);
    expect(later.flags.map((flag) => explain(flag, "2025-09-30"))).toEqual([
      "Left Constructora Muñoz on May 15, 2025, 4 months before the data: no formal job for 19 weeks.",
    ]);
  });

  it("keeps the recent exit up to exactly 3 months, then turns jobless", () => {
    // Jobless from 16 May: 16 May – 15 Aug is exactly 3 months; 16 Aug is one day more.
    const codeOn = (asOf: string) =>
      computeApplicantMetrics({ ...dismissed, asOf }).flags.map((flag) => flag.code);
    expect(codeOn("2025-08-15")).toEqual(["recent-exit"]);
    expect(codeOn("2025-08-16")).toEqual(["jobless"]);
  });
});

describe("someone with redeemed weeks", () => {
  const metrics = computeApplicantMetrics(redeemed);
  const withReinstated = (weeksReinstated: number) =>
    computeApplicantMetrics({
      ...redeemed,
      socialSecuritySummary: { weeksContributed: 600, weeksRedeemed: 75, weeksReinstated },
    }).flags;

  it("flags the outstanding redeemed weeks as a risk, undated, and nothing else", () => {
    // No data-age flag: how old the pull is is computed against today, elsewhere.
    expect(metrics.flags).toEqual([
      {
        code: "redeemed-weeks",
        severity: "risk",
        since: null,
        facts: { redeemed: 75, reinstated: 0 },
      },
    ]);
    expect(metrics.flags.map((flag) => explain(flag, redeemed.asOf))).toEqual([
      "75 weeks redeemed after a retirement-fund withdrawal, 0 reinstated (IMSS gives no date).",
    ]);
    expect(metrics.socialSecuritySummary).toEqual({
      weeksContributed: 600,
      weeksRedeemed: 75,
      weeksReinstated: 0,
    });
  });

  it("keeps the risk while any week is still not reinstated", () => {
    // 74 reinstated of 75: one outstanding.
    expect(withReinstated(74).map((flag) => [flag.code, flag.severity])).toEqual([
      ["redeemed-weeks", "risk"],
    ]);
  });

  it("turns into an informational reinstated-weeks flag once all are reinstated", () => {
    const flags = withReinstated(75);
    expect(flags).toEqual([
      {
        code: "reinstated-weeks",
        severity: "info",
        since: null,
        facts: { redeemed: 75, reinstated: 75 },
      },
    ]);
    expect(flags.map((flag) => explain(flag, redeemed.asOf))).toEqual([
      "75 weeks redeemed after a retirement-fund withdrawal, 75 reinstated (IMSS gives no date).",
    ]);
  });
});

describe("a retiree", () => {
  const metrics = computeApplicantMetrics(retiree);

  it("is retired, with neither a recent-exit nor a gap flag: the retired flag says why", () => {
    expect(metrics.status).toBe("retired");
    // 31 Dec 2020 → 31 Dec 2024: 1,461; → 30 Jun 2025: 181. 1,642 days → 234 weeks.
    expect(metrics.weeksSinceLastJob).toBe(234);
    // 1 Jan 1985 → 31 Dec 2020: 36 × 365 + 9 leap days + 1 = 13,149 days → 1,878 weeks.
    expect(metrics.totalTenure).toEqual({ days: 13149, weeks: 1878 });
    expect(metrics.lastSalary?.dailySalary).toBe("900.00");
    expect(metrics.flags).toEqual([
      { code: "retired", severity: "warning", since: null, facts: {} },
    ]);
  });

  it("lists 1985 as a year without reference values", () => {
    // The hire on 1 Jan 1985 carries a salary; the table starts in 2000. The exit on 31 Dec 2020
    // is measured against UMA 2020, which is there.
    expect(metrics.missingReferenceYears).toEqual([1985]);
  });
});
