import { describe, expect, it } from "vitest";
import type { JobInput } from "@/lib/metrics";
import { buildSalaryChart, ceilingSegments } from "./salary-series";
import { toDay } from "@/lib/dates";

const job = (
  overrides: Partial<JobInput> & Pick<JobInput, "employer" | "startDate">,
): JobInput => ({
  employerId: null,
  endDate: null,
  movements: [],
  ...overrides,
});

describe("buildSalaryChart", () => {
  const jobs: JobInput[] = [
    job({
      employer: "Alfa",
      employerId: "A1",
      startDate: "2022-01-10",
      endDate: "2023-06-30",
      movements: [
        { event: "HIRED", date: "2022-01-10", dailySalary: "500.00" },
        { event: "SALARY_MODIFICATION", date: "2022-07-01", dailySalary: "550.00" },
        { event: "DISMISSED_RESIGNED", date: "2023-06-30", dailySalary: "550.00" },
      ],
    }),
    job({
      employer: "Beta",
      employerId: "B1",
      startDate: "2023-09-01",
      movements: [{ event: "HIRED", date: "2023-09-01", dailySalary: "700.00" }],
    }),
  ];
  const chart = buildSalaryChart(jobs, "2024-03-01");

  it("makes one series per employer with a row at every start, change, exit and after-exit day", () => {
    expect(chart.series.map((s) => s.employer)).toEqual(["Alfa", "Beta"]);
    expect(chart.rows.map((r) => r.date)).toEqual([
      "2022-01-10",
      "2022-07-01",
      "2023-06-30",
      "2023-07-01",
      "2023-09-01",
      "2024-03-01",
    ]);
  });

  it("gives each row the salary in force and marks hire, change and exit", () => {
    const byDate = Object.fromEntries(chart.rows.map((r) => [r.date, r]));
    expect(byDate["2022-01-10"]?.salaries).toEqual([500, null]);
    expect(byDate["2022-01-10"]?.events).toEqual(["hire", null]);
    expect(byDate["2022-07-01"]?.events).toEqual(["change", null]);
    expect(byDate["2023-06-30"]).toMatchObject({ salaries: [550, null], events: ["exit", null] });
    // The day after the exit breaks Alfa's line, so it does not step across the gap.
    expect(byDate["2023-07-01"]?.salaries).toEqual([null, null]);
    expect(byDate["2023-09-01"]).toMatchObject({ salaries: [null, 700], events: [null, "hire"] });
    expect(byDate["2024-03-01"]).toMatchObject({ salaries: [null, 700], events: [null, null] });
  });

  it("keeps a re-hire on its employer's line and skips jobs without any salary", () => {
    const rehire = buildSalaryChart(
      [
        job({
          employer: "Alfa",
          employerId: "A1",
          startDate: "2020-01-01",
          endDate: "2020-12-31",
          mostRecentDailySalary: "300.00",
        }),
        job({
          employer: "Alfa",
          employerId: "A1",
          startDate: "2021-06-01",
          mostRecentDailySalary: "320.00",
        }),
        job({ employer: "Sin Salario", startDate: "2021-01-01" }),
      ],
      "2021-12-31",
    );
    expect(rehire.series).toHaveLength(1);
    expect(rehire.withoutSalary).toEqual(["Sin Salario"]);
    expect(rehire.rows.find((r) => r.date === "2021-06-01")?.salaries).toEqual([320]);
  });

  it("covers every salary and ceiling in a positive domain, with ticks inside it", () => {
    const [min, max] = chart.domain;
    expect(min).toBeGreaterThan(0);
    expect(min).toBeLessThanOrEqual(500);
    expect(max).toBeGreaterThanOrEqual(Math.max(...chart.ceilings.map((c) => c.cap)));
    expect(chart.yTicks.every((t) => t >= min * 0.9 && t <= max * 1.1)).toBe(true);
    expect(chart.xTicks).toEqual([toDay("2023-01-01"), toDay("2024-01-01")]);
  });

  it("returns an empty chart for no jobs", () => {
    expect(buildSalaryChart([], "2024-01-01")).toMatchObject({
      series: [],
      rows: [],
      ceilings: [],
    });
  });
});

describe("ceilingSegments", () => {
  it("changes on 1 February with the UMA and carries 25 × UMA", () => {
    const segments = ceilingSegments(toDay("2023-06-01"), toDay("2025-03-01"));
    expect(segments.map((s) => [s.from, s.to, s.cap])).toEqual([
      ["2023-06-01", "2024-01-31", 2593.5],
      ["2024-02-01", "2025-01-31", 2714.25],
      ["2025-02-01", "2025-03-01", 2828.5],
    ]);
  });

  it("uses the zone A minimum wage before the UMA existed", () => {
    const [first] = ceilingSegments(toDay("2015-03-01"), toDay("2015-12-31"));
    expect(first?.cap).toBe(1752.5);
  });
});
