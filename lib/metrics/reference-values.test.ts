// Reference values are data: the SBC ceiling on a date comes from the year whose UMA is in force
// (1 Feb – 31 Jan), or from the zone A minimum wage before 2016; a year without values has none.
import { describe, expect, it } from "vitest";
import { computeApplicantMetrics } from "./applicant-metrics";
import { capCentsOn } from "./current-jobs";
import { missingReferenceYears } from "./reference-coverage";
import {
  PUBLISHED_REFERENCE_YEARS,
  ceilingYearOf,
  nearestSbcCapOn,
  referenceTable,
  sbcCapOn,
} from "./reference-values";
import { DEFAULT_FIGURE_SETTINGS } from "./settings";
import { job, move } from "./testing/personas";

/** The published table without some years, as an organization that has not added them. */
const without = (...years: number[]) =>
  referenceTable(PUBLISHED_REFERENCE_YEARS.filter((row) => !years.includes(row.year)));

describe("the UMA year", () => {
  it("starts on 1 February: a January date uses the previous year's UMA", () => {
    expect(ceilingYearOf("2025-01-01")).toBe(2024);
    expect(ceilingYearOf("2025-01-31")).toBe(2024);
    expect(ceilingYearOf("2025-02-01")).toBe(2025);
    expect(ceilingYearOf("2025-12-31")).toBe(2025);
    expect(sbcCapOn("2025-01-31")).toBe(2714.25); // 25 × 108.57 (UMA 2024)
    expect(sbcCapOn("2025-02-01")).toBe(2828.5); // 25 × 113.14 (UMA 2025)
    expect(sbcCapOn("2026-01-15")).toBe(2828.5); // still UMA 2025
    expect(sbcCapOn("2026-02-01")).toBe(2932.75); // 25 × 117.31 (UMA 2026)
    expect(capCentsOn("2017-01-31")).toBe(182600); // 25 × 73.04 (UMA 2016)
  });
});

describe("before 2016", () => {
  it("measures the ceiling in zone A minimum wages of the calendar year", () => {
    expect(sbcCapOn("2015-12-31")).toBe(1752.5); // 25 × 70.10
    expect(sbcCapOn("2015-01-01")).toBe(1752.5); // January too: minimum wages change 1 Jan
    expect(sbcCapOn("2014-06-15")).toBe(1682.25); // 25 × 67.29
    expect(sbcCapOn("2000-01-01")).toBe(947.5); // 25 × 37.90
    expect(ceilingYearOf("2015-01-15")).toBe(2015);
  });

  it("uses 2016's value in January 2016, when the UMA and the minimum wage were both 73.04", () => {
    expect(ceilingYearOf("2016-01-15")).toBe(2016);
    expect(sbcCapOn("2016-01-15")).toBe(1826); // 25 × 73.04
  });
});

describe("a year without values", () => {
  it("has no ceiling rather than borrowing another year's", () => {
    expect(sbcCapOn("1999-12-31")).toBeNull(); // the table starts in 2000
    expect(sbcCapOn("2027-02-01")).toBeNull(); // and ends with 2026
    expect(sbcCapOn("2027-01-31")).toBe(2932.75); // January 2027 is still UMA 2026
    expect(capCentsOn("2027-03-01")).toBeNull();
    const table = without(2025);
    expect(sbcCapOn("2025-03-01", table)).toBeNull();
    expect(sbcCapOn("2025-01-31", table)).toBe(2714.25); // UMA 2024, present
    expect(sbcCapOn("2026-01-31", table)).toBeNull(); // UMA 2025, missing
  });

  it("is listed by missingReferenceYears, once, in order", () => {
    const jobs = [
      job({
        employer: "A",
        startDate: "2024-02-01",
        movements: [
          move("HIRED", "2024-02-01", "500.00"), // 2024: present
          move("SALARY_MODIFICATION", "2025-01-15", "520.00"), // UMA 2024: present
          move("SALARY_MODIFICATION", "2025-03-01", "560.00"), // 2025: missing
          move("SALARY_MODIFICATION", "2025-05-01", "600.00"), // 2025 again
          move("SICK_LEAVE", "2025-06-01", null), // no salary: no ceiling to check
        ],
      }),
      job({
        employer: "B",
        startDate: "1998-03-01",
        endDate: "1999-06-30",
        movements: [move("HIRED", "1998-03-01", "90.00")], // 1998: before the table
      }),
    ];
    expect(missingReferenceYears(jobs, "2025-06-30", without(2025))).toEqual([1998, 2025]);
    expect(missingReferenceYears(jobs, "2025-06-30", without())).toEqual([1998]);
    // As of 28 Feb 2025 the 1 Mar movement has not happened yet.
    expect(missingReferenceYears(jobs, "2025-02-28", without(2025))).toEqual([1998]);
  });

  it("leaves the current job's ceiling unknown, so it is not capped", () => {
    const metrics = computeApplicantMetrics(
      {
        asOf: "2025-06-30",
        institution: "imss",
        jobs: [
          job({
            employer: "Tope",
            startDate: "2020-01-01",
            movements: [
              move("HIRED", "2020-01-01", "1000.00"),
              move("SALARY_MODIFICATION", "2025-02-01", "2828.50"),
            ],
          }),
        ],
      },
      { settings: { ...DEFAULT_FIGURE_SETTINGS, reference: without(2025) } },
    );
    // With the published table 2,828.50 on 1 Feb 2025 is the ceiling; without 2025 it is unknown.
    expect(metrics.currentJobs[0]).toMatchObject({ capDaily: null, capped: false });
    expect(metrics.income?.atLeast).toBe(false);
    expect(metrics.missingReferenceYears).toEqual([2025]);
    expect(metrics.flags.map((flag) => flag.code)).toEqual([]);
  });

  it("is borrowed from the nearest published year only by the emulator", () => {
    expect(nearestSbcCapOn("2030-06-01")).toBe(2932.75); // 2026's
    expect(nearestSbcCapOn("1990-06-01")).toBe(947.5); // 2000's
    expect(nearestSbcCapOn("2025-01-31")).toBe(2714.25); // a published date: its own
    // January 2027 is in UMA year 2026 (published), not borrowed from 2025.
    expect(nearestSbcCapOn("2027-01-15")).toBe(2932.75); // 25 × 117.31
  });
});

describe("a current salary without movements", () => {
  it("lists the year of Belvo's latest figure when that year has no values", () => {
    // No movement carries a salary, so the current salary is Belvo's most recent one, dated on the
    // as-of day (1 Mar 2027): UMA year 2027, absent from the published table.
    const metrics = computeApplicantMetrics({
      asOf: "2027-03-01",
      institution: "imss",
      jobs: [
        job({
          employer: "Acme",
          employerId: "R1",
          startDate: "2020-01-01",
          movements: [move("HIRED", "2020-01-01", null)],
          mostRecentDailySalary: "3000.00",
        }),
      ],
    });
    expect(metrics.currentJobs[0]?.capDaily).toBeNull();
    expect(metrics.missingReferenceYears).toEqual([2027]);
  });
});
