import { describe, expect, it } from "vitest";
import { computeApplicantMetrics } from "./applicant-metrics";
import { job, move } from "./testing/personas";
import type { JobInput } from "./types";

function metricsOf(jobs: JobInput[], asOf = "2025-06-30") {
  return computeApplicantMetrics({ jobs, asOf, institution: "imss" });
}

function salaryJob(movements: Array<[event: string, date: string, salary: string | null]>) {
  return job({
    employer: "Acme",
    employerId: "R1",
    startDate: "2020-01-01",
    movements: movements.map(([event, date, salary]) => move(event, date, salary)),
  });
}

describe("raises and cuts", () => {
  it("ignores a change of exactly 2% either way and counts one just over it", () => {
    const metrics = metricsOf([
      salaryJob([
        ["HIRED", "2020-01-01", "1000.00"],
        ["SALARY_MODIFICATION", "2021-01-01", "1020.00"], // +20.00 ÷ 1,000.00 = +2% exactly: ignored
        ["SALARY_MODIFICATION", "2022-01-01", "999.60"], // −20.40 ÷ 1,020.00 = −2% exactly: ignored
        ["SALARY_MODIFICATION", "2023-01-01", "1019.70"], // +20.10 ÷ 999.60 = +2.0108%: a raise
        ["SALARY_MODIFICATION", "2024-01-01", "999.20"], // −20.50 ÷ 1,019.70 = −2.0104%: a cut
      ]),
    ]);
    expect(metrics.salarySteps.map((step) => [step.date, step.from, step.to])).toEqual([
      ["2023-01-01", "999.60", "1019.70"],
      ["2024-01-01", "1019.70", "999.20"],
    ]);
    expect(metrics.raisesAndCuts.ever).toEqual({ raises: 1, cuts: 1 });
  });

  it("counts 2.01% and ignores 2.00% and 1.99%", () => {
    const stepFrom1000 = (to: string) =>
      metricsOf([
        salaryJob([
          ["HIRED", "2020-01-01", "1000.00"],
          ["SALARY_MODIFICATION", "2025-01-01", to],
        ]),
      ]).salarySteps.map((step) => step.change);
    expect(stepFrom1000("1019.90")).toEqual([]); // +1.99%
    expect(stepFrom1000("1020.00")).toEqual([]); // +2.00%
    expect(stepFrom1000("980.00")).toEqual([]); // −2.00%
    expect(stepFrom1000("1020.10")).toEqual([expect.closeTo(0.0201, 12)]); // +20.10 ÷ 1,000
    expect(stepFrom1000("979.90")).toEqual([expect.closeTo(-0.0201, 12)]); // −20.10 ÷ 1,000
  });

  it("applies a same-day salary change after the hire, whatever the input order", () => {
    const metrics = metricsOf([
      salaryJob([
        ["SALARY_MODIFICATION", "2020-01-01", "600.00"],
        ["HIRED", "2020-01-01", "500.00"],
      ]),
    ]);
    expect(metrics.currentJobs[0]?.dailySalary).toBe("600.00");
  });

  it("ignores movements without a salary", () => {
    const metrics = metricsOf([
      salaryJob([
        ["HIRED", "2020-01-01", "500.00"],
        ["SICK_LEAVE", "2024-01-01", null],
      ]),
    ]);
    expect(metrics.currentJobs[0]?.dailySalary).toBe("500.00");
    expect(metrics.currentJobs[0]?.salaryDate).toBe("2020-01-01");
  });
});

describe("steps at the 25-UMA ceiling", () => {
  // Caps: 1 Feb 2024 – 31 Jan 2025: 25 × 108.57 = 2,714.25; from 1 Feb 2025: 25 × 113.14 =
  // 2,828.50; 1 Jan 2020 (UMA 2019): 25 × 84.49 = 2,112.25.
  const steps = (movements: Array<[event: string, date: string, salary: string]>) =>
    metricsOf([salaryJob([["HIRED", "2020-01-01", "1000.00"], ...movements])]).salarySteps.map(
      (step) => [step.date, step.from, step.to],
    );

  it("ignores a step from one year's ceiling to the next", () => {
    // 2,714.25 (capped in 2024) → 2,828.50 (capped in 2025): +4.2%, only the UMA moved.
    // 1,000 → 2,714.25 counts: it starts below the ceiling.
    expect(
      steps([
        ["SALARY_MODIFICATION", "2024-02-01", "2714.25"],
        ["SALARY_MODIFICATION", "2025-02-01", "2828.50"],
      ]),
    ).toEqual([["2024-02-01", "1000.00", "2714.25"]]);
  });

  it("reads a January step against the previous year's ceiling", () => {
    // 15 Jan 2025 is still UMA 2024: 2,714.25 is at that ceiling, so 2,714.25 (Feb 2024) →
    // 2,714.25 is no step at all, and 2,714.25 (15 Jan 2025) → 2,828.50 (1 Feb 2025) is
    // ceiling to ceiling: ignored.
    expect(
      steps([
        ["SALARY_MODIFICATION", "2024-02-01", "2714.25"],
        ["SALARY_MODIFICATION", "2025-01-15", "2714.25"],
        ["SALARY_MODIFICATION", "2025-02-01", "2828.50"],
      ]),
    ).toEqual([["2024-02-01", "1000.00", "2714.25"]]);
  });

  it("counts a step that leaves the ceiling or reaches it", () => {
    // 2,000 → 2,828.50 (+41.4%, from below) and 2,828.50 → 2,500 (−11.6%, to below) both count.
    expect(
      steps([
        ["SALARY_MODIFICATION", "2024-06-01", "2000.00"],
        ["SALARY_MODIFICATION", "2025-02-01", "2828.50"],
        ["SALARY_MODIFICATION", "2025-05-01", "2500.00"],
      ]),
    ).toEqual([
      ["2024-06-01", "1000.00", "2000.00"],
      ["2025-02-01", "2000.00", "2828.50"],
      ["2025-05-01", "2828.50", "2500.00"],
    ]);
  });

  it("applies the ceiling to IMSS only", () => {
    // ISSSTE has no 25-UMA ceiling: 2,714.25 → 2,828.50 is a raise of 114.25 ÷ 2,714.25 = 4.2%.
    const issste = computeApplicantMetrics({
      jobs: [
        salaryJob([
          ["HIRED", "2020-01-01", "1000.00"],
          ["NORMAL", "2024-02-01", "2714.25"],
          ["NORMAL", "2025-02-01", "2828.50"],
        ]),
      ],
      asOf: "2025-06-30",
      institution: "issste",
    });
    expect(issste.salarySteps.map((step) => [step.date, step.from, step.to])).toEqual([
      ["2024-02-01", "1000.00", "2714.25"],
      ["2025-02-01", "2714.25", "2828.50"],
    ]);
    expect(issste.salaryChange?.months12).toBeCloseTo(114.25 / 2714.25, 12);
    expect(issste.currentJobs[0]?.capped).toBe(false);
  });
});

describe("current salary", () => {
  it("falls back to Belvo's most recent salary, dated on the as-of day", () => {
    const metrics = metricsOf([{ ...salaryJob([]), mostRecentDailySalary: "2828.50" }]);
    expect(metrics.currentJobs[0]).toMatchObject({
      dailySalary: "2828.50",
      salaryDate: "2025-06-30",
      capped: true,
    });
  });

  it("marks the income incomplete when an open job has no salary", () => {
    const metrics = metricsOf([
      salaryJob([["HIRED", "2020-01-01", "500.00"]]),
      job({ employer: "Sin salario", employerId: "R2", startDate: "2021-01-01" }),
    ]);
    expect(metrics.income).toMatchObject({ dailySalary: "500.00", complete: false });
  });

  it("is capped at the cap of the salary's own date, not the as-of day's", () => {
    const capped = (date: string, salary: string) =>
      metricsOf([
        salaryJob([
          ["HIRED", "2020-01-01", "500.00"],
          ["SALARY_MODIFICATION", date, salary],
        ]),
      ]).currentJobs[0]?.capped;
    expect(capped("2025-02-01", "2828.50")).toBe(true);
    expect(capped("2025-02-01", "2828.49")).toBe(false);
    // In January 2025 the UMA of 2024 still applies: 25 × 108.57 = 2,714.25.
    expect(capped("2025-01-31", "2714.25")).toBe(true);
  });
});

describe("salary change", () => {
  it("is null without an open job", () => {
    const metrics = metricsOf([
      job({
        employer: "A",
        startDate: "2020-01-01",
        endDate: "2025-05-31",
        movements: [move("HIRED", "2020-01-01", "300.00")],
      }),
    ]);
    expect(metrics.salaryChange).toBeNull();
  });

  it("compares only the main job with itself, null before it started", () => {
    // A (300.00) covered 30 Jun 2022, but B is the job now: B started 1 Sep 2024, after both
    // 30 Jun 2024 and 30 Jun 2022, so neither period has a B salary to compare with.
    const metrics = metricsOf([
      job({
        employer: "A",
        employerId: "A",
        startDate: "2020-01-01",
        endDate: "2024-05-31",
        movements: [move("HIRED", "2020-01-01", "300.00")],
      }),
      job({
        employer: "B",
        employerId: "B",
        startDate: "2024-09-01",
        movements: [move("HIRED", "2024-09-01", "450.00")],
      }),
    ]);
    expect(metrics.salaryChange).toEqual({ employer: "B", months12: null, months36: null });
  });

  it("counts a job hired exactly 12 months back, not one hired the day after", () => {
    const hiredOn = (startDate: string) =>
      metricsOf([
        job({
          employer: "B",
          startDate,
          movements: [
            move("HIRED", startDate, "400.00"),
            move("SALARY_MODIFICATION", "2025-01-01", "500.00"),
          ],
        }),
      ]).salaryChange;
    // 30 Jun 2025 − 12 months = 30 Jun 2024: B paid 400.00 that day → (500 − 400) ÷ 400.
    expect(hiredOn("2024-06-30")).toEqual({ employer: "B", months12: 0.25, months36: null });
    expect(hiredOn("2024-07-01")).toEqual({ employer: "B", months12: null, months36: null });
  });

  it("follows the longest-held open job, not the newest or the best paid", () => {
    const metrics = metricsOf([
      job({
        employer: "Old",
        employerId: "O",
        startDate: "2019-01-01",
        movements: [
          move("HIRED", "2019-01-01", "400.00"),
          move("SALARY_MODIFICATION", "2024-12-01", "440.00"),
        ],
      }),
      job({
        employer: "New",
        employerId: "N",
        startDate: "2023-01-01",
        movements: [move("HIRED", "2023-01-01", "900.00")],
      }),
    ]);
    // Old: 30 Jun 2024 400 → 440 now: +10%. 30 Jun 2022 also 400: +10%.
    expect(metrics.salaryChange).toEqual({
      employer: "Old",
      months12: expect.closeTo(0.1, 12),
      months36: expect.closeTo(0.1, 12),
    });
  });

  it("is null when both ends sit at the ceiling, a number when only one does", () => {
    const change = (then: string) =>
      metricsOf([
        salaryJob([
          ["HIRED", "2020-01-01", "1000.00"],
          ["SALARY_MODIFICATION", "2024-02-01", then],
          ["SALARY_MODIFICATION", "2025-02-01", "2828.50"], // the 2025 ceiling
        ]),
      ]).salaryChange?.months12;
    // 30 Jun 2024: 2,714.25, the 2024 ceiling → both capped → null.
    expect(change("2714.25")).toBeNull();
    // 2,600.00 is below 2,714.25 → (2,828.50 − 2,600) ÷ 2,600 = 228.50 ÷ 2,600.
    expect(change("2600.00")).toBeCloseTo(228.5 / 2600, 12);
  });
});
