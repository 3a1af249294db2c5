import { describe, expect, it } from "vitest";
import { fromDay, toDay } from "@/lib/dates";
import { explain } from "@/lib/i18n/testing/explain";
import { computeApplicantMetrics } from "./applicant-metrics";
import { DEFAULT_FIGURE_SETTINGS } from "./settings";
import { concurrent, job, move, stable } from "./testing/personas";
import type { JobInput, MetricsInput } from "./types";

function metricsOf(jobs: JobInput[], asOf = "2025-06-30", extra: Partial<MetricsInput> = {}) {
  return computeApplicantMetrics({ jobs, asOf, institution: "imss", ...extra });
}

describe("an empty history", () => {
  it("is unemployed with zero tenure and no figures", () => {
    const metrics = metricsOf([]);
    expect(metrics).toMatchObject({
      status: "unemployed",
      currentJobs: [],
      tenureAtCurrentEmployerDays: null,
      totalTenure: { days: 0, weeks: 0 },
      employers: { months12: 0, months24: 0, months36: 0, ever: 0 },
      longestGap: null,
      weeksSinceLastJob: null,
      concurrent: { days: 0, weeks: 0 },
      income: null,
      lastSalary: null,
      salaryChange: null,
      salarySteps: [],
      declaredIncome: null,
      missingReferenceYears: [],
      flags: [],
    });
  });
});

describe("dates at the edges", () => {
  it("counts a job that starts and ends on the same day as one day", () => {
    const metrics = metricsOf([
      job({ employer: "Uno", startDate: "2024-03-10", endDate: "2024-03-10" }),
    ]);
    expect(metrics.totalTenure).toEqual({ days: 1, weeks: 0 });
    // 10 Mar 2024 is before the 12-month window (from 30 Jun 2024), inside the 24-month one.
    expect(metrics.employers).toMatchObject({ months12: 0, months24: 1 });
  });

  it("counts 29 February", () => {
    // 28 Feb, 29 Feb, 1 Mar 2024: three days; in 2023 the same dates give two.
    const leap = metricsOf([
      job({ employer: "A", startDate: "2024-02-28", endDate: "2024-03-01" }),
    ]);
    const plain = metricsOf([
      job({ employer: "A", startDate: "2023-02-28", endDate: "2023-03-01" }),
    ]);
    expect(leap.totalTenure.days).toBe(3);
    expect(plain.totalTenure.days).toBe(2);
  });

  it("treats a job ending on the as-of day as ended, left 0 days ago", () => {
    const metrics = metricsOf([
      job({ employer: "Fin", startDate: "2025-06-01", endDate: "2025-06-30" }),
    ]);
    expect(metrics.status).toBe("unemployed");
    expect(metrics.weeksSinceLastJob).toBe(0);
    expect(metrics.totalTenure.days).toBe(30); // 1–30 June, both days counted
    expect(metrics.flags).toEqual([
      {
        code: "recent-exit",
        severity: "warning",
        since: "2025-06-30",
        facts: { employer: "Fin", endDate: "2025-06-30" },
      },
    ]);
    expect(metrics.flags.map((flag) => explain(flag, "2025-06-30"))).toEqual([
      "Left Fin on Jun 30, 2025, the day the data was collected, and has no open job.",
    ]);
  });

  it("reads the history as of the day asked: later exits, hires and movements do not exist yet", () => {
    const metrics = metricsOf([
      job({
        employer: "Antes",
        startDate: "2024-01-01",
        endDate: "2025-12-31",
        movements: [
          move("HIRED", "2024-01-01", "400.00"),
          move("SALARY_MODIFICATION", "2025-07-01", "800.00"),
        ],
      }),
      job({ employer: "Después", startDate: "2025-07-01" }),
    ]);
    expect(metrics.status).toBe("employed");
    expect(metrics.currentJobs.map((open) => open.dailySalary)).toEqual(["400.00"]);
    expect(metrics.employers.ever).toBe(1);
    // 1 Jan 2024 → 30 Jun 2025: 366 + 180 = 546 days elapsed; 547 days counting both ends.
    expect(metrics.tenureAtCurrentEmployerDays).toBe(546);
    expect(metrics.totalTenure.days).toBe(547);
  });

  it("counts a hire on the as-of day as 0 days of tenure and a recent hire", () => {
    const metrics = metricsOf([job({ employer: "Hoy", startDate: "2025-06-30" })]);
    expect(metrics.tenureAtCurrentEmployerDays).toBe(0);
    expect(metrics.totalTenure.days).toBe(1);
    expect(metrics.flags.map((flag) => flag.code)).toEqual(["recent-hire"]);
  });
});

describe("employers in a window", () => {
  it("includes a job that ended on the window's first day, not the day before", () => {
    const endingOn = (endDate: string) =>
      metricsOf([job({ employer: "Viejo", employerId: "V1", startDate: "2020-01-01", endDate })])
        .employers.months12;
    expect(endingOn("2024-06-30")).toBe(1);
    expect(endingOn("2024-06-29")).toBe(0);
  });

  it("counts a re-hire by the same registro patronal as one employer, never concurrent", () => {
    const metrics = metricsOf([
      job({ employer: "Acme", employerId: "R1", startDate: "2023-01-01", endDate: "2024-03-31" }),
      job({ employer: "ACME SA", employerId: "R1", startDate: "2024-03-01" }),
    ]);
    expect(metrics.employers).toEqual({ months12: 1, months24: 1, months36: 1, ever: 1 });
    expect(metrics.concurrent).toEqual({ days: 0, weeks: 0 });
    expect(metrics.currentJobs).toHaveLength(1);
  });
});

describe("gaps", () => {
  it("reports the longest of several gaps", () => {
    const metrics = metricsOf([
      job({ employer: "A", startDate: "2020-01-01", endDate: "2020-01-31" }),
      job({ employer: "B", startDate: "2020-02-11", endDate: "2020-12-31" }), // 10-day gap
      job({ employer: "C", startDate: "2021-03-01" }), // 1 Jan – 28 Feb 2021: 59 days
    ]);
    expect(metrics.longestGap).toEqual({
      from: "2021-01-01",
      to: "2021-02-28",
      days: 59,
      weeks: 8,
    });
    expect(metrics.flags).toEqual([]); // 59 days is under 3 months
  });

  it("flags a gap only when it lasts more than 3 months", () => {
    const gapUntil = (nextStart: string) =>
      metricsOf([
        job({ employer: "A", startDate: "2020-01-01", endDate: "2023-01-31" }),
        job({ employer: "B", startDate: nextStart }),
      ]).flags.map((flag) => [flag.code, flag.since]);
    // Jobless 1 Feb – 30 Apr 2023 is exactly 3 months; one more day makes it longer. It ended
    // 1 May 2023, after 30 Jun 2022 (30 Jun 2025 − 36 months): inside the flag window.
    expect(gapUntil("2023-05-01")).toEqual([]);
    expect(gapUntil("2023-05-02")).toEqual([["past-gap", "2023-02-01"]]);
  });

  it("switches from recent exit to jobless when the exit is over 3 months old", () => {
    const codeOn = (asOf: string) =>
      metricsOf(
        [job({ employer: "A", startDate: "2020-01-01", endDate: "2025-01-31" })],
        asOf,
      ).flags.map((flag) => [flag.code, flag.severity]);
    // Jobless from 1 Feb 2025; 1 Feb + 3 months = 1 May: 1 Feb – 30 Apr is exactly 3 months.
    expect(codeOn("2025-04-30")).toEqual([["recent-exit", "warning"]]);
    expect(codeOn("2025-05-01")).toEqual([["jobless", "risk"]]);
  });

  it("never makes a longer spell without a job milder than a recent exit", () => {
    const exit = [job({ employer: "A", startDate: "2020-01-01", endDate: "2025-01-31" })];
    const rank = { info: 0, warning: 1, risk: 2 } as const;
    // Every as-of day from the exit day, 31 Jan 2025, to 31 Dec 2025: 365 − 30 = 335 days.
    const ranks: number[] = [];
    for (let day = toDay("2025-01-31"); day <= toDay("2025-12-31"); day++) {
      const flags = metricsOf(exit, fromDay(day)).flags;
      expect(flags).toHaveLength(1);
      ranks.push(flags[0] ? rank[flags[0].severity] : -1);
    }
    expect(ranks).toHaveLength(335);
    ranks.forEach((current, i) => expect(current).toBeGreaterThanOrEqual(ranks[i - 1] ?? 0));
    // 31 Jan – 30 Apr: 1 + 28 + 31 + 30 = 90 days a warning (recent exit), then a risk.
    expect(ranks.filter((current) => current === rank.warning)).toHaveLength(90);
    expect(ranks.filter((current) => current === rank.risk)).toHaveLength(245);
  });
});

describe("the flag window", () => {
  // 30 Jun 2025 − 36 months = 30 Jun 2022: a gap whose last day is on or after it is recent.
  const gapEnding = (nextStart: string, flagWindowMonths?: number) =>
    computeApplicantMetrics(
      {
        asOf: "2025-06-30",
        institution: "imss",
        jobs: [
          job({ employer: "A", employerId: "A", startDate: "2015-01-01", endDate: "2022-01-31" }),
          job({ employer: "B", employerId: "B", startDate: nextStart }),
        ],
      },
      flagWindowMonths === undefined
        ? {}
        : { settings: { ...DEFAULT_FIGURE_SETTINGS, flagWindowMonths } },
    ).flags;

  it("keeps a gap that ended on the window's first day as a past gap", () => {
    // B starts 1 Jul 2022: jobless 1 Feb – 30 Jun 2022 = 28 + 31 + 30 + 31 + 30 = 150 days,
    // 21 weeks; 1 Feb + 3 months = 1 May ≤ 30 Jun, so over 3 months. 30 Jun 2022 → 30 Jun 2025:
    // 365 + 366 + 365 = 1,096 days; 1,096 ÷ 30.4375 = 36.01 → 36 months, "3 years".
    const flags = gapEnding("2022-07-01");
    expect(flags).toEqual([
      {
        code: "past-gap",
        severity: "warning",
        since: "2022-02-01",
        facts: { from: "2022-02-01", to: "2022-06-30", weeks: 21 },
      },
    ]);
    expect(flags.map((flag) => explain(flag, "2025-06-30"))).toEqual([
      "No formal job from Feb 1, 2022 to Jun 30, 2022 (21 weeks), ended on Jun 30, 2022, 3 years before the data.",
    ]);
  });

  it("makes a gap that ended the day before the window an old gap, informational", () => {
    // B starts 30 Jun 2022: jobless 1 Feb – 29 Jun 2022 = 149 days, 21 weeks; ended 29 Jun 2022,
    // before 30 Jun 2022. 29 Jun 2022 → 30 Jun 2025: 1,097 days ÷ 30.4375 = 36.04 → "3 years".
    const flags = gapEnding("2022-06-30");
    expect(flags).toEqual([
      {
        code: "old-gap",
        severity: "info",
        since: "2022-02-01",
        facts: { from: "2022-02-01", to: "2022-06-29", weeks: 21, windowMonths: 36 },
      },
    ]);
    expect(flags.map((flag) => explain(flag, "2025-06-30"))).toEqual([
      "No formal job from Feb 1, 2022 to Jun 29, 2022 (21 weeks), ended on Jun 29, 2022, 3 years before the data. Older than the 36-month flag window, so it weighs less.",
    ]);
  });

  it("follows the organization's window", () => {
    // 40 months before 30 Jun 2025 is 28 Feb 2022 (30 Feb clamped): the gap that ended 29 Jun 2022
    // is recent again. 24 months before is 30 Jun 2023: the gap that ended 30 Jun 2022 is old.
    expect(gapEnding("2022-06-30", 40).map((flag) => flag.code)).toEqual(["past-gap"]);
    const old = gapEnding("2022-07-01", 24);
    expect(old.map((flag) => flag.code)).toEqual(["old-gap"]);
    expect(old.map((flag) => flag.facts)).toEqual([
      { from: "2022-02-01", to: "2022-06-30", weeks: 21, windowMonths: 24 },
    ]);
    expect(old.map((flag) => explain(flag, "2025-06-30"))).toEqual([
      expect.stringContaining("Older than the 24-month flag window"),
    ]);
  });

  it("prefers the longest recent gap over a longer old one", () => {
    const metrics = computeApplicantMetrics({
      asOf: "2025-06-30",
      institution: "imss",
      jobs: [
        job({ employer: "A", employerId: "A", startDate: "2010-01-01", endDate: "2012-12-31" }),
        // Old: 1 Jan – 31 Dec 2013, 365 days, ended before 30 Jun 2022.
        job({ employer: "B", employerId: "B", startDate: "2014-01-01", endDate: "2023-01-31" }),
        // Recent: 1 Feb – 31 May 2023 = 28 + 31 + 30 + 31 = 120 days (17 weeks), over 3 months.
        job({ employer: "C", employerId: "C", startDate: "2023-06-01" }),
      ],
    });
    expect(metrics.longestGap).toMatchObject({ from: "2013-01-01", days: 365 });
    expect(metrics.flags.map((flag) => [flag.code, flag.since])).toEqual([
      ["past-gap", "2023-02-01"],
    ]);
  });
});

describe("recent hire threshold", () => {
  it("is under 6 calendar months, with 29 February as 31 August − 6 months", () => {
    const codes = (startDate: string) =>
      metricsOf([job({ employer: "A", startDate })], "2024-08-31").flags.map((flag) => flag.code);
    expect(codes("2024-02-29")).toEqual([]);
    expect(codes("2024-03-01")).toEqual(["recent-hire"]);
  });
});

describe("unsorted input", () => {
  it("gives the same figures whatever the order of movements", () => {
    const [only] = stable.jobs;
    if (!only) throw new Error("fixture");
    const shuffled = { ...only, movements: [...only.movements].reverse() };
    const metrics = computeApplicantMetrics({ ...stable, jobs: [shuffled] });
    expect(metrics).toEqual(computeApplicantMetrics(stable));
    expect(metrics.currentJobs[0]?.dailySalary).toBe("720.00");
  });

  it("gives the same figures whatever the order of jobs", () => {
    const reversed = computeApplicantMetrics({
      ...concurrent,
      jobs: [...concurrent.jobs].reverse(),
    });
    expect(reversed).toEqual(computeApplicantMetrics(concurrent));
    expect(reversed.currentJobs[0]?.employer).toBe("Hospital San José");
  });
});
