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
  it("counts a change of exactly 2% and ignores 1.99%", () => {
    const metrics = metricsOf([
      salaryJob([
        ["HIRED", "2020-01-01", "1000.00"],
        ["SALARY_MODIFICATION", "2021-01-01", "1019.90"], // +1.99%: ignored
        ["SALARY_MODIFICATION", "2022-01-01", "1040.30"], // +2.0002% over 1,019.90: a raise
        ["SALARY_MODIFICATION", "2023-01-01", "1019.50"], // −1.9994%: ignored
        ["SALARY_MODIFICATION", "2024-01-01", "999.11"], // −2.0000%: a cut (20.39 ÷ 1,019.50)
      ]),
    ]);
    expect(metrics.salarySteps.map((step) => [step.date, step.from, step.to])).toEqual([
      ["2022-01-01", "1019.90", "1040.30"],
      ["2024-01-01", "1019.50", "999.11"],
    ]);
    expect(metrics.raisesAndCuts.ever).toEqual({ raises: 1, cuts: 1 });
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
  it("is null when there was no job on the earlier day", () => {
    // 30 Jun 2024 falls in the gap between the two jobs.
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
    expect(metrics.salaryChange.months12).toBeNull();
    expect(metrics.salaryChange.months36).toBeCloseTo(0.5, 12); // 300 → 450
  });

  it("counts the exit day as still employed", () => {
    // A ends on 30 Jun 2024, exactly 12 months back: its salary is the earlier one.
    const metrics = metricsOf([
      job({
        employer: "A",
        employerId: "A",
        startDate: "2020-01-01",
        endDate: "2024-06-30",
        movements: [move("HIRED", "2020-01-01", "400.00")],
      }),
      job({
        employer: "B",
        employerId: "B",
        startDate: "2024-07-01",
        movements: [move("HIRED", "2024-07-01", "500.00")],
      }),
    ]);
    expect(metrics.salaryChange.months12).toBeCloseTo(0.25, 12);
  });
});
