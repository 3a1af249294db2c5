// Hand-built histories for the tests: each persona of ../shared/domain.md's sandbox list, small
// enough that every figure the tests expect can be worked out by hand (see the test comments).
import type { JobInput, MetricsInput, MovementInput } from "../types";

export const AS_OF = "2025-06-30";

export function move(event: string, date: string, dailySalary: string | null): MovementInput {
  return { event, date, dailySalary };
}

export function job(
  fields: Partial<JobInput> & Pick<JobInput, "employer" | "startDate">,
): JobInput {
  return { employerId: null, endDate: null, movements: [], ...fields };
}

function imss(jobs: JobInput[], extra: Partial<MetricsInput> = {}): MetricsInput {
  return {
    jobs,
    asOf: AS_OF,
    institution: "imss",
    socialSecuritySummary: { weeksContributed: 500, weeksRedeemed: 0, weeksReinstated: 0 },
    ...extra,
  };
}

export const stable = imss([
  job({
    employer: "Grupo Núñez SA de CV",
    employerId: "A1234567101",
    startDate: "2015-03-01",
    movements: [
      move("HIRED", "2015-03-01", "500.00"),
      move("SALARY_MODIFICATION", "2022-06-30", "600.00"),
      move("SALARY_MODIFICATION", "2024-06-30", "700.00"),
      move("SALARY_MODIFICATION", "2025-01-15", "714.00"),
      move("SALARY_MODIFICATION", "2025-03-01", "720.00"),
    ],
  }),
]);

export const recentHire = imss([
  job({
    employer: "Comercializadora Peña",
    employerId: "B7654321102",
    startDate: "2019-01-07",
    endDate: "2025-01-31",
    movements: [
      move("HIRED", "2019-01-07", "400.00"),
      move("SALARY_MODIFICATION", "2024-01-01", "450.00"),
      move("DISMISSED_RESIGNED", "2025-01-31", "450.00"),
    ],
  }),
  job({
    employer: "Servicios Ibáñez",
    employerId: "C1111111103",
    startDate: "2025-02-01",
    movements: [move("HIRED", "2025-02-01", "520.00")],
  }),
]);

export const longGap = imss([
  job({
    employer: "Textiles del Bajío",
    employerId: "D2222222104",
    startDate: "2018-05-14",
    endDate: "2022-08-31",
    movements: [
      move("HIRED", "2018-05-14", "300.00"),
      move("SALARY_MODIFICATION", "2020-02-01", "330.00"),
      move("DISMISSED_RESIGNED", "2022-08-31", "330.00"),
    ],
  }),
  job({
    employer: "Logística Ortiz",
    employerId: "E3333333105",
    startDate: "2023-04-01",
    movements: [
      move("HIRED", "2023-04-01", "380.00"),
      move("SALARY_MODIFICATION", "2024-11-15", "361.00"),
    ],
  }),
]);

export const capped = imss([
  job({
    employer: "Corporativo Financiero del Norte",
    employerId: "F4444444106",
    startDate: "2020-01-01",
    movements: [
      move("HIRED", "2020-01-01", "2000.00"),
      move("SALARY_MODIFICATION", "2024-02-01", "2714.25"),
      move("SALARY_MODIFICATION", "2025-02-01", "2828.50"),
    ],
  }),
]);

export const concurrent = imss([
  job({
    employer: "Hospital San José",
    employerId: "G5555555107",
    startDate: "2021-03-01",
    movements: [
      move("HIRED", "2021-03-01", "600.00"),
      move("SALARY_MODIFICATION", "2023-03-01", "650.00"),
    ],
  }),
  job({
    employer: "Universidad del Valle",
    employerId: "H6666666108",
    startDate: "2024-09-01",
    movements: [move("HIRED", "2024-09-01", "400.00")],
  }),
  job({
    employer: "Clínica Peña",
    employerId: "I7777777109",
    startDate: "2022-01-01",
    endDate: "2022-01-31",
    movements: [move("HIRED", "2022-01-01", "200.00")],
  }),
]);

export const issste: MetricsInput = {
  jobs: [
    job({
      employer: "SECRETARIA DE EDUCACION PUBLICA;SEP",
      startDate: "2010-09-01",
      movements: [move("NORMAL", "2010-09-01", "250.00"), move("NORMAL", "2023-01-01", "500.00")],
    }),
    job({
      employer: "SECRETARIA DE SALUD;SSA",
      startDate: "2008-01-01",
      endDate: "2010-08-15",
      movements: [move("NORMAL", "2008-01-01", "200.00")],
    }),
  ],
  asOf: AS_OF,
  institution: "issste",
  socialSecuritySummary: null,
};

export const dismissed = imss(
  [
    job({
      employer: "Constructora Muñoz",
      employerId: "L8888888110",
      startDate: "2020-06-01",
      endDate: "2025-05-15",
      movements: [
        move("HIRED", "2020-06-01", "450.00"),
        move("SALARY_MODIFICATION", "2023-06-01", "500.00"),
        move("DISMISSED_RESIGNED", "2025-05-15", "500.00"),
      ],
    }),
  ],
  { entitlementStatus: "EMPLOYED" },
);

export const redeemed = imss(
  [
    job({
      employer: "Abarrotes Ibáñez",
      employerId: "M9999999111",
      startDate: "2019-02-01",
      movements: [move("HIRED", "2019-02-01", "350.00")],
    }),
  ],
  {
    socialSecuritySummary: { weeksContributed: 600, weeksRedeemed: 75, weeksReinstated: 0 },
  },
);

export const retiree = imss(
  [
    job({
      employer: "Ferrocarriles Nacionales",
      employerId: "N0000000112",
      startDate: "1985-01-01",
      endDate: "2020-12-31",
      movements: [
        move("HIRED", "1985-01-01", "100.00"),
        move("DISMISSED_RESIGNED", "2020-12-31", "900.00"),
      ],
    }),
  ],
  { entitlementStatus: "RETIRED" },
);
