// Every expected figure below was worked out by hand from the fixture; the arithmetic is in the
// comments. As-of day for all personas: 30 Jun 2025 (12 / 24 / 36 months back: 30 Jun 2024 /
// 2023 / 2022). Money: monthly = daily × 30.4, cash = daily ÷ 1.0493 × 30.4, rounded half up.
// Salary change: the main (longest-held open) job's own salary now vs on the day N months back.
// A salary step counts when it is more than 2% (exactly 2% does not). Flags carry facts; their
// English sentences are what `explain` renders in en-US formats. "N months before the data":
// whole months of 365.25 ÷ 12 = 30.4375 days, rounded down; from 12 months, years and months.
import { describe, expect, it } from "vitest";
import { explain } from "@/lib/i18n/testing/explain";
import { computeApplicantMetrics } from "./applicant-metrics";
import { capped, concurrent, longGap, recentHire, stable } from "./testing/personas";

describe("a stable long-tenure employee", () => {
  const metrics = computeApplicantMetrics(stable);

  it("is employed at one employer since 1 Mar 2015", () => {
    expect(metrics.status).toBe("employed");
    expect(metrics.currentJobs.map((job) => job.employer)).toEqual(["Grupo Núñez SA de CV"]);
    // 1 Mar 2015 → 1 Mar 2025: 10 × 365 + 3 leap days (2016, 2020, 2024) = 3,653;
    // → 30 Jun 2025: 31 + 30 + 31 + 29 = 121. Total 3,774 days.
    expect(metrics.tenureAtCurrentEmployerDays).toBe(3774);
    // Both ends counted: 3,775 days; 3,775 ÷ 7 = 539.3 → 539 weeks.
    expect(metrics.totalTenure).toEqual({ days: 3775, weeks: 539 });
    expect(metrics.employers).toEqual({ months12: 1, months24: 1, months36: 1, ever: 1 });
    expect(metrics.longestGap).toBeNull();
    expect(metrics.weeksSinceLastJob).toBe(0);
    expect(metrics.concurrent).toEqual({ days: 0, weeks: 0 });
  });

  it("earns 720.00 a day: 21,888.00 a month, about 20,859.62 in cash", () => {
    // 720 × 30.4 = 21,888; 21,888 ÷ 1.0493 = 20,859.6207 → 20,859.62.
    expect(metrics.income).toEqual({
      dailySalary: "720.00",
      monthlyIncome: "21888.00",
      estimatedCashBasePay: "20859.62",
      complete: true,
      atLeast: false,
      method: "imss-daily-x-30.4",
    });
    expect(metrics.currentJobs[0]).toMatchObject({
      salaryDate: "2025-03-01",
      monthlySalary: "21888.00",
      capDaily: "2828.50", // 25 × 113.14 (UMA 2025)
      capped: false,
    });
  });

  it("tracks the salary over 12 and 36 months and counts raises of more than 2%", () => {
    expect(metrics.salaryChange?.employer).toBe("Grupo Núñez SA de CV");
    // 30 Jun 2024: 700.00 (set that very day) → (720 − 700) ÷ 700 = 2/70.
    expect(metrics.salaryChange?.months12).toBeCloseTo(2 / 70, 12);
    // 30 Jun 2022: 600.00 (set that very day) → 120 ÷ 600 = 0.2.
    expect(metrics.salaryChange?.months36).toBeCloseTo(0.2, 12);
    // 500→600 (+20%), 600→700 (+16.7%), 700→714 (+14 ÷ 700 = 2% exactly: ignored),
    // 714→720 (+0.84%, ignored).
    expect(metrics.salarySteps.map((step) => [step.date, step.from, step.to])).toEqual([
      ["2022-06-30", "500.00", "600.00"],
      ["2024-06-30", "600.00", "700.00"],
    ]);
    expect(metrics.raisesAndCuts).toEqual({
      ever: { raises: 2, cuts: 0 },
      months12: { raises: 1, cuts: 0 }, // 30 Jun 2024 is inside the window
      months36: { raises: 2, cuts: 0 }, // so is 30 Jun 2022
    });
  });

  it("raises no flag", () => {
    expect(metrics.flags).toEqual([]);
  });
});

describe("a recent hire after a job change with no gap", () => {
  const metrics = computeApplicantMetrics(recentHire);

  it("counts 149 days at the new employer and merges the touching jobs", () => {
    // 1 Feb → 1 Mar 2025: 28; → 1 Jun: 31 + 30 + 31; → 30 Jun: 29. 28 + 92 + 29 = 149.
    expect(metrics.tenureAtCurrentEmployerDays).toBe(149);
    // 7 Jan 2019 → 7 Jan 2025: 6 × 365 + 2 (2020, 2024) = 2,192; → 30 Jun 2025: 174.
    // 2,366 + 1 = 2,367 days; ÷ 7 = 338.1 → 338 weeks. Exit 31 Jan, hire 1 Feb: no gap.
    expect(metrics.totalTenure).toEqual({ days: 2367, weeks: 338 });
    expect(metrics.longestGap).toBeNull();
    expect(metrics.employers).toEqual({ months12: 2, months24: 2, months36: 2, ever: 2 });
  });

  it("compares the new job only with itself, and counts raises only within a job", () => {
    // 520 × 30.4 = 15,808; ÷ 1.0493 = 15,065.2816 → 15,065.28.
    expect(metrics.income?.monthlyIncome).toBe("15808.00");
    expect(metrics.income?.estimatedCashBasePay).toBe("15065.28");
    // Ibáñez started 1 Feb 2025, after both 30 Jun 2024 and 30 Jun 2022: no earlier salary of
    // its own. Peña's 450.00 is another employer's, so it is not compared.
    expect(metrics.salaryChange).toEqual({
      employer: "Servicios Ibáñez",
      months12: null,
      months36: null,
    });
    // Only 400→450 on 1 Jan 2024 (+12.5%), before the 12-month window.
    expect(metrics.raisesAndCuts.ever).toEqual({ raises: 1, cuts: 0 });
    expect(metrics.raisesAndCuts.months12).toEqual({ raises: 0, cuts: 0 });
  });

  it("flags the recent hire", () => {
    expect(metrics.flags).toEqual([
      {
        code: "recent-hire",
        severity: "warning",
        since: "2025-02-01",
        facts: { employer: "Servicios Ibáñez", startDate: "2025-02-01", days: 149 },
      },
    ]);
    // 149 days ÷ 30.4375 = 4.9 → 4 months.
    expect(metrics.flags.map((flag) => explain(flag, recentHire.asOf))).toEqual([
      "Joined Servicios Ibáñez on Feb 1, 2025, 4 months before the data (149 days): under 6 months.",
    ]);
  });
});

describe("someone with a long gap and a recent salary cut", () => {
  const metrics = computeApplicantMetrics(longGap);

  it("finds the 212-day gap between the two jobs", () => {
    // 1 Sep 2022 → 31 Mar 2023: 30 + 31 + 30 + 31 + 31 + 28 + 31 = 212 days; 30 weeks.
    expect(metrics.longestGap).toEqual({
      from: "2022-09-01",
      to: "2023-03-31",
      days: 212,
      weeks: 30,
    });
    // Bajío: 14 May 2018 → 14 May 2022 = 1,461; → 31 Aug 2022 = 109; + 1 = 1,571.
    // Ortiz: 1 Apr 2023 → 30 Jun 2025 = 821; + 1 = 822. 2,393 days; 341 weeks.
    expect(metrics.tenureAtCurrentEmployerDays).toBe(821);
    expect(metrics.totalTenure).toEqual({ days: 2393, weeks: 341 });
    // Bajío ended 31 Aug 2022: inside 36 months (from 30 Jun 2022), not 24 (from 30 Jun 2023).
    expect(metrics.employers).toEqual({ months12: 1, months24: 1, months36: 2, ever: 2 });
  });

  it("measures the cut", () => {
    // Main job Ortiz. 30 Jun 2024: 380.00 → 361 is −19/380 = −5%. 30 Jun 2022 is before Ortiz
    // started (1 Apr 2023): null, not Bajío's 330.00.
    expect(metrics.salaryChange?.employer).toBe("Logística Ortiz");
    expect(metrics.salaryChange?.months12).toBeCloseTo(-0.05, 12);
    expect(metrics.salaryChange?.months36).toBeNull();
    expect(metrics.raisesAndCuts).toEqual({
      ever: { raises: 1, cuts: 1 },
      months12: { raises: 0, cuts: 1 },
      months36: { raises: 0, cuts: 1 }, // the 2020 raise is older than 36 months
    });
  });

  it("flags the gap and the cut", () => {
    // The gap ended 31 Mar 2023, after 30 Jun 2022: within the 36-month window, a past gap.
    // 31 Mar 2023 → 30 Jun 2025: 731 + 91 = 822 days; 822 ÷ 30.4375 = 27.01 → 27 months,
    // 2 years 3 months.
    // The cut: Ortiz still pays 361 < 380 (−19 ÷ 380 = −5%), the only one. 15 Nov 2024 → 30 Jun
    // 2025: 15 + 31 + 31 + 28 + 31 + 30 + 31 + 30 = 227 days; 227 ÷ 30.4375 = 7.46 → 7 months.
    expect(metrics.flags).toEqual([
      {
        code: "past-gap",
        severity: "warning",
        since: "2022-09-01",
        facts: { from: "2022-09-01", to: "2023-03-31", weeks: 30 },
      },
      {
        code: "salary-cut",
        severity: "warning",
        since: "2024-11-15",
        facts: {
          employer: "Logística Ortiz",
          change: expect.closeTo(-0.05, 12),
          from: "380.00",
          to: "361.00",
          date: "2024-11-15",
          count: 1,
        },
      },
    ]);
    expect(metrics.flags.map((flag) => explain(flag, longGap.asOf))).toEqual([
      "No formal job from Sep 1, 2022 to Mar 31, 2023 (30 weeks), ended on Mar 31, 2023, 2 years 3 months before the data.",
      "Daily salary at Logística Ortiz fell 5%, from MX$380.00 to MX$361.00, on Nov 15, 2024, 7 months before the data; it has not recovered.",
    ]);
  });
});

describe("a salary at the 25-UMA ceiling", () => {
  const metrics = computeApplicantMetrics(capped);

  it("compares the salary with the cap in force on the day it was set", () => {
    // Set 1 Feb 2025, the first day of UMA 2025: 25 × 113.14 = 2,828.50.
    expect(metrics.currentJobs[0]).toMatchObject({
      dailySalary: "2828.50",
      salaryDate: "2025-02-01",
      capDaily: "2828.50",
      capped: true,
    });
    // 2,828.50 × 30.4 = 85,986.40; ÷ 1.0493 = 81,946.4405 → 81,946.44.
    expect(metrics.income?.monthlyIncome).toBe("85986.40");
    expect(metrics.income?.estimatedCashBasePay).toBe("81946.44");
    // At the ceiling, both figures are floors.
    expect(metrics.income?.atLeast).toBe(true);
    // 1 Jan 2020 → 1 Jan 2025 = 1,827; → 30 Jun 2025 = 151 + 29. 2,007 days.
    expect(metrics.tenureAtCurrentEmployerDays).toBe(2007);
  });

  it("does not count the ceiling moving as a raise", () => {
    // Caps: 1 Jan 2020 uses UMA 2019, 25 × 84.49 = 2,112.25 (2,000 is below it); 1 Feb 2024:
    // 25 × 108.57 = 2,714.25; 1 Feb 2025: 2,828.50. 30 Jun 2024: 2,714.25, at the 2024 ceiling,
    // and now 2,828.50 at the 2025 one: both ends capped, so no 12-month change.
    // 30 Jun 2022: 2,000.00, below its cap → (2,828.50 − 2,000) ÷ 2,000 = 0.41425.
    expect(metrics.salaryChange).toEqual({
      employer: "Corporativo Financiero del Norte",
      months12: null,
      months36: expect.closeTo(0.41425, 12),
    });
    // 2,000 → 2,714.25 (+35.7%, from below the ceiling) is a raise; 2,714.25 → 2,828.50 (+4.2%)
    // goes from one year's ceiling to the next: ignored.
    expect(metrics.salarySteps.map((step) => [step.date, step.from, step.to])).toEqual([
      ["2024-02-01", "2000.00", "2714.25"],
    ]);
    expect(metrics.raisesAndCuts.months12).toEqual({ raises: 0, cuts: 0 }); // 1 Feb 2024 < 30 Jun
    expect(metrics.raisesAndCuts.months36).toEqual({ raises: 1, cuts: 0 });
  });

  it("explains the cap as a floor of the real pay", () => {
    expect(metrics.flags).toEqual([
      {
        code: "capped-salary",
        severity: "info",
        since: "2025-02-01",
        facts: {
          jobs: [
            {
              employer: "Corporativo Financiero del Norte",
              daily: "2828.50",
              cap: "2828.50",
              date: "2025-02-01",
            },
          ],
        },
      },
    ]);
    expect(metrics.flags.map((flag) => explain(flag, capped.asOf))).toEqual([
      "Corporativo Financiero del Norte reports MX$2,828.50 a day, at the 25-UMA ceiling (MX$2,828.50 on Feb 1, 2025): the real pay is at least this.",
    ]);
  });
});

describe("two concurrent jobs", () => {
  const metrics = computeApplicantMetrics(concurrent);

  it("lists both open jobs, longest-held first, and sums their salaries", () => {
    // San José: 1 Mar 2021 → 1 Mar 2025 = 1,461; → 30 Jun = 92 + 29. 1,582 days.
    // Valle: 1 Sep 2024 → 30 Jun 2025: 30+31+30+31+31+28+31+30+31+29 = 302 days.
    expect(
      metrics.currentJobs.map((job) => [job.employer, job.tenureDays, job.dailySalary]),
    ).toEqual([
      ["Hospital San José", 1582, "650.00"],
      ["Universidad del Valle", 302, "400.00"],
    ]);
    expect(metrics.currentJobs.map((job) => job.monthlySalary)).toEqual(["19760.00", "12160.00"]);
    expect(metrics.tenureAtCurrentEmployerDays).toBe(1582);
    // 1,050 × 30.4 = 31,920; ÷ 1.0493 = 30,420.2802 → 30,420.28.
    expect(metrics.income).toEqual({
      dailySalary: "1050.00",
      monthlyIncome: "31920.00",
      estimatedCashBasePay: "30420.28",
      complete: true,
      atLeast: false,
      method: "imss-daily-x-30.4",
    });
  });

  it("counts the overlapping weeks once in tenure and as concurrent weeks", () => {
    // Peña (Jan 2022, 31 days) and Valle (303 days with both ends) sit inside San José:
    // 334 concurrent days → 47 weeks. Tenure is San José alone: 1,583 days → 226 weeks.
    expect(metrics.concurrent).toEqual({ days: 334, weeks: 47 });
    expect(metrics.totalTenure).toEqual({ days: 1583, weeks: 226 });
    expect(metrics.employers).toEqual({ months12: 2, months24: 2, months36: 2, ever: 3 });
  });

  it("compares the main job's own salary, not the sum, with the earlier one", () => {
    // Main job San José (the longest held): 650 now; 30 Jun 2024: 650 (since 1 Mar 2023) → 0.
    // 30 Jun 2022: 600 → 50 ÷ 600 = 1/12. Valle's 400 a day is not added to "now".
    expect(metrics.salaryChange).toEqual({
      employer: "Hospital San José",
      months12: 0,
      months36: expect.closeTo(1 / 12, 12),
    });
    // The newer, shorter job does not make this a recent hire.
    expect(metrics.flags).toEqual([]);
  });
});
