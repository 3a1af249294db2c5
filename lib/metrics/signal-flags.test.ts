// The risk signals read from one person's records, pinned at their thresholds' edges. As-of day
// 30 Jun 2025; the applicant applied on the day given, in the organization's zone.
import { describe, expect, it } from "vitest";
import { computeApplicantMetrics } from "./applicant-metrics";
import type { JobInput, MetricsInput } from "./types";

const AS_OF = "2025-06-30";

const job = (
  employer: string,
  startDate: string,
  endDate: string | null,
  daily: string,
  extra: JobInput["movements"] = [],
): JobInput => ({
  employer,
  employerId: `${employer.toUpperCase()}0000000`,
  startDate,
  endDate,
  movements: [{ event: "HIRED", date: startDate, dailySalary: daily }, ...extra],
  mostRecentDailySalary: daily,
});

const flags = (input: Partial<MetricsInput> & Pick<MetricsInput, "jobs">) =>
  computeApplicantMetrics({ asOf: AS_OF, institution: "imss", ...input }).flags;

const codes = (input: Partial<MetricsInput> & Pick<MetricsInput, "jobs">) =>
  flags(input).map((flag) => flag.code);

const signal = (input: Partial<MetricsInput> & Pick<MetricsInput, "jobs">) =>
  flags(input).find((flag) => flag.code === "new-employer-before-applying");

describe("new employer just before applying", () => {
  // Acme until 30 Sep 2024, then nothing until Beta on 20 May 2025: 1 Oct → 19 May is 231 days.
  const afterGap = [
    job("Acme", "2020-01-01", "2024-09-30", "600.00"),
    job("Beta", "2025-05-20", null, "500.00"),
  ];

  it("flags a job that ended a gap of more than 3 months, started 36 days before applying", () => {
    expect(signal({ jobs: afterGap, appliedOn: "2025-06-25" })).toEqual({
      code: "new-employer-before-applying",
      severity: "warning",
      since: "2025-05-20",
      facts: {
        employer: "Beta",
        startDate: "2025-05-20",
        appliedOn: "2025-06-25",
        days: 36,
        reason: "gap",
        gapWeeks: 33,
        daily: "500.00",
        previousMaxDaily: "600.00",
      },
    });
  });

  it("counts 59 days before applying, not 60; nor a job that started after the application", () => {
    expect(signal({ jobs: afterGap, appliedOn: "2025-07-18" })?.facts).toMatchObject({ days: 59 });
    expect(signal({ jobs: afterGap, appliedOn: "2025-07-19" })).toBeUndefined();
    expect(signal({ jobs: afterGap, appliedOn: "2025-05-19" })).toBeUndefined();
    expect(signal({ jobs: afterGap, appliedOn: "2025-05-20" })?.facts).toMatchObject({ days: 0 });
  });

  it("needs the day of the application", () => {
    expect(signal({ jobs: afterGap })).toBeUndefined();
  });

  it("flags a salary at least 1.5 times any job's before, after a short gap; not less", () => {
    const earlier = job("Acme", "2020-01-01", "2025-05-10", "600.00", [
      { event: "SALARY_MODIFICATION", date: "2023-01-01", dailySalary: "700.00" },
      { event: "SALARY_MODIFICATION", date: "2024-01-01", dailySalary: "650.00" },
    ]);
    const higher = signal({
      jobs: [earlier, job("Beta", "2025-05-20", null, "1050.00")],
      appliedOn: "2025-06-01",
    });
    expect(higher?.facts).toMatchObject({
      reason: "salary",
      gapWeeks: null,
      daily: "1050.00",
      previousMaxDaily: "700.00",
    });
    // A raise on changing jobs is ordinary: 1,049.99 is less than 1.5 × 700.
    expect(
      signal({
        jobs: [earlier, job("Beta", "2025-05-20", null, "1049.99")],
        appliedOn: "2025-06-01",
      }),
    ).toBeUndefined();
  });

  it("does not count a gap of exactly 3 months", () => {
    // 20 Feb → 19 May 2025 without a job: 3 months, not more.
    const jobs = [
      job("Acme", "2020-01-01", "2025-02-19", "600.00"),
      job("Beta", "2025-05-20", null, "600.00"),
    ];
    expect(signal({ jobs, appliedOn: "2025-06-01" })).toBeUndefined();
    const longer = [
      job("Acme", "2020-01-01", "2025-02-18", "600.00"),
      job("Beta", "2025-05-20", null, "600.00"),
    ];
    expect(signal({ jobs: longer, appliedOn: "2025-06-01" })?.facts).toMatchObject({
      reason: "gap",
    });
  });

  it("finds the gap when a short job overlapping the new one began the range a few days earlier", () => {
    const jobs = [
      job("Acme", "2020-01-01", "2024-09-30", "600.00"),
      job("Temporal", "2025-05-10", "2025-05-25", "400.00"),
      job("Beta", "2025-05-20", null, "500.00"),
    ];
    expect(signal({ jobs, appliedOn: "2025-06-25" })?.facts).toMatchObject({
      employer: "Beta",
      reason: "gap",
    });
  });

  it("does not flag a first job: there is no gap before it and no salary to compare", () => {
    expect(
      signal({ jobs: [job("Beta", "2025-05-20", null, "900.00")], appliedOn: "2025-06-01" }),
    ).toBeUndefined();
  });
});

describe("voluntary contributions (Modalidad 40)", () => {
  const withContribution = (date: string) => [
    job("Acme", "2010-01-01", null, "600.00", [
      { event: "VOLUNTARY_CONTRIBUTION", date, dailySalary: "2000.00" },
    ]),
  ];

  it("flags the latest within 24 months before the data, with its employer and day", () => {
    const [flag] = flags({ jobs: withContribution("2024-11-20") }).filter(
      (candidate) => candidate.code === "voluntary-contributions",
    );
    expect(flag).toEqual({
      code: "voluntary-contributions",
      severity: "warning",
      since: "2024-11-20",
      facts: { employer: "Acme", date: "2024-11-20" },
    });
  });

  it("counts a contribution of any age in a job still open; in a closed job, 24 months", () => {
    const closed = (date: string) => [
      job("Propia", "2015-01-01", "2024-12-31", "2000.00", [
        { event: "VOLUNTARY_CONTRIBUTION", date, dailySalary: "2000.00" },
      ]),
    ];
    expect(codes({ jobs: withContribution("2019-01-10") })).toContain("voluntary-contributions");
    expect(codes({ jobs: closed("2019-01-10") })).not.toContain("voluntary-contributions");
    expect(codes({ jobs: closed("2024-06-01") })).toContain("voluntary-contributions");
  });

  it("counts 24 months back from the day after in a closed job, not older ones nor later ones", () => {
    const closed = (date: string) => [
      job("Propia", "2015-01-01", "2025-06-15", "2000.00", [
        { event: "VOLUNTARY_CONTRIBUTION", date, dailySalary: "2000.00" },
      ]),
    ];
    expect(codes({ jobs: closed("2023-07-01") })).toContain("voluntary-contributions");
    expect(codes({ jobs: closed("2023-06-30") })).not.toContain("voluntary-contributions");
    expect(codes({ jobs: withContribution("2025-07-01") })).not.toContain(
      "voluntary-contributions",
    );
  });
});

describe("retired and thin file", () => {
  const stable = [job("Acme", "2010-01-01", null, "600.00")];
  const summary = (weeksContributed: number) => ({
    weeksContributed,
    weeksRedeemed: 0,
    weeksReinstated: 0,
  });

  it("flags a retiree: the income is a pension", () => {
    expect(
      codes({
        jobs: [job("Acme", "1990-01-01", "2020-12-31", "900.00")],
        entitlementStatus: "RETIRED",
      }),
    ).toEqual(["retired"]);
  });

  it("flags fewer than 52 weeks contributed, zero included; not 52; not ISSSTE", () => {
    expect(codes({ jobs: stable, socialSecuritySummary: summary(51) })).toContain("thin-file");
    expect(codes({ jobs: stable, socialSecuritySummary: summary(0) })).toContain("thin-file");
    expect(codes({ jobs: stable, socialSecuritySummary: summary(52) })).not.toContain("thin-file");
    expect(codes({ jobs: stable, socialSecuritySummary: null })).not.toContain("thin-file");
    expect(
      codes({ jobs: stable, institution: "issste", socialSecuritySummary: summary(10) }),
    ).not.toContain("thin-file");
  });
});
