import { describe, expect, it } from "vitest";
import type { EmploymentJob } from "@/lib/belvo";
import {
  diffSnapshots,
  normalizeEmployerName,
  SNAPSHOT_CHANGE_KINDS,
  type SnapshotChangeDraft,
} from "./snapshot-diff";

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

const PENA = base.jobs[0]!.employer;
const withJobs = (jobs: EmploymentJob[]) => ({ ...structuredClone(base), jobs });

// ISSSTE: no registro patronal, no scores, no weeks summary.
const issste = (overrides: Partial<EmploymentJob>) =>
  job({ employer: "Secretaría de Salud;ISSSTE", employerId: null, ...overrides });
const issstePull = (jobs: EmploymentJob[]) => ({ jobs, scores: null, socialSecuritySummary: null });

const oldJob = job({
  startDate: "2015-01-05",
  endDate: "2018-06-30",
  mostRecentDailySalary: "600.00",
});
const ibanez = job({
  employer: "Servicios Ibáñez",
  employerId: "B1234567100",
  startDate: "2020-02-01",
});

type Case = {
  name: string;
  previous: ReturnType<typeof withJobs> | ReturnType<typeof issstePull>;
  next: ReturnType<typeof withJobs> | ReturnType<typeof issstePull>;
  expected: SnapshotChangeDraft[];
};

const cases: Case[] = [
  {
    name: "unchanged pull",
    previous: withJobs([oldJob, job({}), ibanez]),
    next: withJobs([oldJob, job({}), ibanez]),
    expected: [],
  },
  {
    name: "re-hire after leaving: a new start date at an employer of the previous pull",
    previous: withJobs([job({ endDate: "2024-05-31" })]),
    next: withJobs([job({ endDate: "2024-05-31" }), job({ startDate: "2026-11-03" })]),
    expected: [
      {
        kind: "REHIRE",
        details: { employer: PENA, startDate: "2026-11-03", previousEndDate: "2024-05-31" },
      },
    ],
  },
  {
    name: "re-hire: the end date is that of the most recent earlier job there",
    previous: withJobs([oldJob, job({ endDate: "2024-05-31" })]),
    next: withJobs([job({ startDate: "2026-11-03" }), oldJob, job({ endDate: "2024-05-31" })]),
    expected: [
      {
        kind: "REHIRE",
        details: { employer: PENA, startDate: "2026-11-03", previousEndDate: "2024-05-31" },
      },
    ],
  },
  {
    name: "left and re-hired between pulls: an exit, and the re-hire sees the new end date",
    previous: withJobs([job({})]),
    next: withJobs([job({ endDate: "2026-10-31" }), job({ startDate: "2026-11-03" })]),
    expected: [
      { kind: "EXIT", details: { employer: PENA, endDate: "2026-10-31" } },
      {
        kind: "REHIRE",
        details: { employer: PENA, startDate: "2026-11-03", previousEndDate: "2026-10-31" },
      },
    ],
  },
  {
    name: "a new job at an employer whose earlier job is still open: re-hire with no end date",
    previous: withJobs([job({})]),
    next: withJobs([job({}), job({ startDate: "2026-11-03", mostRecentDailySalary: "400.00" })]),
    expected: [
      {
        kind: "REHIRE",
        details: { employer: PENA, startDate: "2026-11-03", previousEndDate: null },
      },
    ],
  },
  {
    name: "re-hire matched by registro patronal although the name changed",
    previous: withJobs([job({ endDate: "2024-05-31" })]),
    next: withJobs([
      job({ endDate: "2024-05-31" }),
      job({ employer: "Grupo Peña Núñez S.A.P.I. de C.V.", startDate: "2026-11-03" }),
    ]),
    expected: [
      {
        kind: "REHIRE",
        details: {
          employer: "Grupo Peña Núñez S.A.P.I. de C.V.",
          startDate: "2026-11-03",
          previousEndDate: "2024-05-31",
        },
      },
    ],
  },
  {
    name: "same name under another registro patronal is a new employer",
    previous: withJobs([job({ endDate: "2024-05-31" })]),
    next: withJobs([
      job({ endDate: "2024-05-31" }),
      job({ employerId: "Z9912345108", startDate: "2026-11-03" }),
    ]),
    expected: [{ kind: "NEW_EMPLOYER", details: { employer: PENA, startDate: "2026-11-03" } }],
  },
  {
    name: "a job gone from the new pull is reported, in the previous pull's order",
    previous: withJobs([oldJob, job({}), ibanez]),
    next: withJobs([job({})]),
    expected: [
      {
        kind: "JOB_REMOVED",
        details: { employer: PENA, startDate: "2015-01-05", endDate: "2018-06-30" },
      },
      {
        kind: "JOB_REMOVED",
        details: { employer: "Servicios Ibáñez", startDate: "2020-02-01", endDate: null },
      },
    ],
  },
  {
    name: "a start date corrected between pulls: a removed job and a re-hire, not a new employer",
    previous: withJobs([job({})]),
    next: withJobs([job({ startDate: "2019-03-04" })]),
    expected: [
      {
        kind: "REHIRE",
        details: { employer: PENA, startDate: "2019-03-04", previousEndDate: null },
      },
      {
        kind: "JOB_REMOVED",
        details: { employer: PENA, startDate: "2019-03-01", endDate: null },
      },
    ],
  },
  {
    name: "cosmetic differences in the employer name or salary text are not changes",
    previous: withJobs([job({}), ibanez]),
    next: withJobs([
      job({
        employer: "  COMERCIALIZADORA PENA Y  NUNEZ s.a. de c.v. ",
        employerId: " y5412345108",
        mostRecentDailySalary: "850.0",
      }),
      job({ ...ibanez, employer: "servicios   ibanez" }),
    ]),
    expected: [],
  },
  {
    name: "ISSSTE jobs without a registro patronal: same job, exit and salary change",
    previous: issstePull([issste({ startDate: "2010-01-16" })]),
    next: issstePull([
      issste({
        employer: "SECRETARIA DE SALUD;ISSSTE",
        startDate: "2010-01-16",
        endDate: "2026-10-15",
        mostRecentDailySalary: "910.00",
      }),
    ]),
    expected: [
      { kind: "EXIT", details: { employer: "SECRETARIA DE SALUD;ISSSTE", endDate: "2026-10-15" } },
      {
        kind: "SALARY_CHANGE",
        details: { employer: "SECRETARIA DE SALUD;ISSSTE", from: "850.00", to: "910.00" },
      },
    ],
  },
  {
    name: "ISSSTE jobs without a registro patronal: re-hire by name, new employer otherwise",
    previous: issstePull([issste({ startDate: "2010-01-16", endDate: "2020-12-31" })]),
    next: issstePull([
      issste({ startDate: "2010-01-16", endDate: "2020-12-31" }),
      issste({ startDate: "2023-02-01" }),
      issste({ employer: "Secretaría de Educación Pública;ISSSTE", startDate: "2024-08-16" }),
    ]),
    expected: [
      {
        kind: "REHIRE",
        details: {
          employer: "Secretaría de Salud;ISSSTE",
          startDate: "2023-02-01",
          previousEndDate: "2020-12-31",
        },
      },
      {
        kind: "NEW_EMPLOYER",
        details: { employer: "Secretaría de Educación Pública;ISSSTE", startDate: "2024-08-16" },
      },
    ],
  },
  {
    name: "two concurrent jobs at different employers keep their own identity",
    previous: withJobs([job({}), ibanez]),
    next: withJobs([
      job({ ...ibanez, mostRecentDailySalary: "900.00" }),
      job({ endDate: "2026-10-31" }),
    ]),
    expected: [
      {
        kind: "SALARY_CHANGE",
        details: { employer: "Servicios Ibáñez", from: "850.00", to: "900.00" },
      },
      { kind: "EXIT", details: { employer: PENA, endDate: "2026-10-31" } },
    ],
  },
  {
    name: "a new concurrent job at a new employer",
    previous: withJobs([job({})]),
    next: withJobs([job({}), ibanez]),
    expected: [
      {
        kind: "NEW_EMPLOYER",
        details: { employer: "Servicios Ibáñez", startDate: "2020-02-01" },
      },
    ],
  },
  {
    name: "a duplicated job pairs one to one: the extra copy is removed, not unchanged",
    previous: withJobs([job({}), job({})]),
    next: withJobs([job({})]),
    expected: [
      { kind: "JOB_REMOVED", details: { employer: PENA, startDate: "2019-03-01", endDate: null } },
    ],
  },
];

describe("diffSnapshots", () => {
  it.each(cases)("$name", ({ previous, next, expected }) => {
    expect(diffSnapshots(previous, next)).toEqual(expected);
  });

  it("reports every kind in a fixed order: new pull's jobs, removed jobs, scores, weeks", () => {
    const previous = withJobs([oldJob, job({})]);
    const next = {
      jobs: [
        job({ endDate: "2026-10-31", mostRecentDailySalary: "900.50" }),
        job({ startDate: "2026-11-03" }),
        ibanez,
      ],
      scores: [
        { period: 3, score: 720, version: "1" },
        { period: 12, score: 650, version: "1" },
      ],
      socialSecuritySummary: { weeksContributed: 504, weeksRedeemed: 0, weeksReinstated: 0 },
    };
    expect(diffSnapshots(previous, next)).toEqual([
      { kind: "EXIT", details: { employer: PENA, endDate: "2026-10-31" } },
      { kind: "SALARY_CHANGE", details: { employer: PENA, from: "850.00", to: "900.50" } },
      {
        kind: "REHIRE",
        details: { employer: PENA, startDate: "2026-11-03", previousEndDate: "2026-10-31" },
      },
      { kind: "NEW_EMPLOYER", details: { employer: "Servicios Ibáñez", startDate: "2020-02-01" } },
      {
        kind: "JOB_REMOVED",
        details: { employer: PENA, startDate: "2015-01-05", endDate: "2018-06-30" },
      },
      { kind: "SCORE_CHANGE", details: { period: 3, from: 700, to: 720 } },
      { kind: "WEEKS_CHANGE", details: { field: "weeksContributed", from: 500, to: 504 } },
    ]);
    expect(SNAPSHOT_CHANGE_KINDS).toEqual(expect.arrayContaining(["REHIRE", "JOB_REMOVED"]));
  });

  it("does not invent weeks or score changes when a side has none (ISSSTE)", () => {
    const none = { jobs: base.jobs, scores: null, socialSecuritySummary: null };
    expect(diffSnapshots(base, none)).toEqual([]);
    expect(diffSnapshots(none, base)).toEqual([]);
  });
});

describe("normalizeEmployerName", () => {
  it.each([
    ["  Peña   y Núñez ", "pena y nunez"],
    ["PEÑA Y NÚÑEZ", "pena y nunez"],
    ["Peña\ty\nNúñez", "pena y nunez"],
  ])("%j → %j", (input, output) => {
    expect(normalizeEmployerName(input)).toBe(output);
  });
});
