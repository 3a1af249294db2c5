// Hand-checked personas without a plain IMSS job: ISSSTE, dismissed, redeemed weeks, retiree.
// As-of day 30 Jun 2025; the arithmetic is in the comments.
import { describe, expect, it } from "vitest";
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

  it("uses the ISSSTE daily salary and has no weeks summary", () => {
    // 500 × 30.4 = 15,200. ISSSTE's daily salary is base pay without perks, so the 1.0493
    // integration factor does not apply and the cash estimate is the monthly figure itself.
    expect(metrics.income?.monthlyIncome).toBe("15200.00");
    expect(metrics.income?.estimatedCashBasePay).toBe("15200.00");
    // The 25-UMA ceiling is IMSS's: no cap is claimed for an ISSSTE salary.
    expect(metrics.currentJobs[0]).toMatchObject({ capDaily: null, capped: false });
    // 30 Jun 2024: 500 → 0. 30 Jun 2022: 250 → +100%.
    expect(metrics.salaryChange).toEqual({ months12: 0, months36: 1 });
    expect(metrics.socialSecuritySummary).toBeNull();
  });

  it("says why there is no score, and is not stale at 29 days", () => {
    expect(metrics.flags).toEqual([
      {
        code: "issste",
        severity: "info",
        label: "ISSSTE record",
        explanation:
          "ISSSTE records carry no weeks summary, and Belvo gives them no employment score.",
      },
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

  it("has no salary change without a current salary", () => {
    expect(metrics.salaryChange).toEqual({ months12: null, months36: null });
    expect(metrics.raisesAndCuts.months36).toEqual({ raises: 1, cuts: 0 }); // 1 Jun 2023
  });

  it("flags the recent exit as a risk", () => {
    expect(metrics.flags).toEqual([
      {
        code: "recent-exit",
        severity: "risk",
        label: "Recent exit",
        explanation:
          "Left Constructora Muñoz on 15 may 2025, 46 days before 30 jun 2025, and has no open job.",
      },
    ]);
  });

  it("turns the exit into a gap once it lasts more than 3 months", () => {
    // 15 May → 30 Sep 2025: 138 days → 19 weeks. Jobless from 16 May; 16 May + 3 months =
    // 16 Aug, on or before 30 Sep, so the stretch is over 3 months.
    const later = computeApplicantMetrics({ ...dismissed, asOf: "2025-09-30" });
    expect(later.weeksSinceLastJob).toBe(19);
    expect(later.flags.map((flag) => [flag.code, flag.explanation])).toEqual([
      ["long-gap", "No formal job since leaving Constructora Muñoz on 15 may 2025: 19 weeks."],
      ["stale-data", "Collected on 28 jun 2025, 94 days before 30 sep 2025 (over 30)."],
    ]);
  });
});

describe("someone with redeemed weeks and old data", () => {
  const metrics = computeApplicantMetrics(redeemed);

  it("flags the outstanding redeemed weeks as a risk, then the stale data", () => {
    // Collected 15 Apr 2025 → 30 Jun: 15 + 31 + 30 = 76 days, over the default 30.
    expect(metrics.flags).toEqual([
      {
        code: "redeemed-weeks",
        severity: "risk",
        label: "Redeemed weeks",
        explanation: "75 weeks redeemed after a retirement-fund withdrawal, 0 reinstated.",
      },
      {
        code: "stale-data",
        severity: "warning",
        label: "Stale data",
        explanation: "Collected on 15 abr 2025, 76 days before 30 jun 2025 (over 30).",
      },
    ]);
    expect(metrics.socialSecuritySummary).toEqual({
      weeksContributed: 600,
      weeksRedeemed: 75,
      weeksReinstated: 0,
    });
  });

  it("lowers the redeemed-weeks flag to a warning once all are reinstated", () => {
    const repaid = computeApplicantMetrics({
      ...redeemed,
      socialSecuritySummary: { weeksContributed: 600, weeksRedeemed: 75, weeksReinstated: 75 },
    });
    expect(repaid.flags.find((flag) => flag.code === "redeemed-weeks")?.severity).toBe("warning");
  });

  it("respects a custom staleness limit", () => {
    const lenient = computeApplicantMetrics(redeemed, { staleAfterDays: 76 });
    expect(lenient.flags.map((flag) => flag.code)).toEqual(["redeemed-weeks"]);
  });
});

describe("a retiree", () => {
  const metrics = computeApplicantMetrics(retiree);

  it("is retired, with neither a recent-exit nor a gap flag", () => {
    expect(metrics.status).toBe("retired");
    // 31 Dec 2020 → 31 Dec 2024: 1,461; → 30 Jun 2025: 181. 1,642 days → 234 weeks.
    expect(metrics.weeksSinceLastJob).toBe(234);
    // 1 Jan 1985 → 31 Dec 2020: 36 × 365 + 9 leap days + 1 = 13,149 days → 1,878 weeks.
    expect(metrics.totalTenure).toEqual({ days: 13149, weeks: 1878 });
    expect(metrics.lastSalary?.dailySalary).toBe("900.00");
    expect(metrics.flags).toEqual([]);
  });
});
