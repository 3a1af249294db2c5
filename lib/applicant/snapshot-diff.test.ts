import { describe, expect, it } from "vitest";
import type { EmploymentJob } from "@/lib/belvo";
import { diffSnapshots } from "./snapshot-diff";

const job = (overrides: Partial<EmploymentJob>): EmploymentJob => ({
  employer: "Comercializadora Peña y Núñez S.A. de C.V.",
  employerId: "Y5412345108",
  state: "JALISCO",
  startDate: "2019-03-01",
  endDate: null,
  weeksEmployed: 300,
  mostRecentDailySalary: "850.00",
  monthlySalary: "25840.00",
  currency: "MXN",
  movements: [],
  ...overrides,
});

const base = {
  jobs: [job({})],
  scores: [
    { period: 3, score: 700, version: "1" },
    { period: 12, score: 650, version: "1" },
  ],
  socialSecuritySummary: { weeksContributed: 500, weeksRedeemed: 0, weeksReinstated: 0 },
};

describe("diffSnapshots", () => {
  it("finds nothing between identical pulls", () => {
    expect(diffSnapshots(base, structuredClone(base))).toEqual([]);
  });

  it("reports a new employer, an exit, a salary change, score and weeks changes", () => {
    const next = {
      jobs: [
        job({ endDate: "2026-10-31", mostRecentDailySalary: "900.50" }),
        job({ employer: "Servicios Ibáñez", employerId: "B1234567100", startDate: "2026-11-03" }),
      ],
      scores: [
        { period: 3, score: 720, version: "1" },
        { period: 12, score: 650, version: "1" },
      ],
      socialSecuritySummary: { weeksContributed: 504, weeksRedeemed: 0, weeksReinstated: 0 },
    };
    expect(diffSnapshots(base, next)).toEqual([
      { kind: "EXIT", details: { employer: base.jobs[0]!.employer, endDate: "2026-10-31" } },
      {
        kind: "SALARY_CHANGE",
        details: { employer: base.jobs[0]!.employer, from: "850.00", to: "900.50" },
      },
      { kind: "NEW_EMPLOYER", details: { employer: "Servicios Ibáñez", startDate: "2026-11-03" } },
      { kind: "SCORE_CHANGE", details: { period: 3, from: 700, to: 720 } },
      { kind: "WEEKS_CHANGE", details: { field: "weeksContributed", from: 500, to: 504 } },
    ]);
  });

  it("does not invent weeks or score changes when a side has none (ISSSTE)", () => {
    const issste = { jobs: base.jobs, scores: null, socialSecuritySummary: null };
    expect(diffSnapshots(base, issste)).toEqual([]);
    expect(diffSnapshots(issste, base)).toEqual([]);
  });
});
