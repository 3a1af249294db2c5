// Pins every figure of eight emulator personas, as the Belvo emulator serves them when it first sees
// their CURPs on 2026-11-17 at 15:00Z (frozen by scripts/belvo-emulator/freeze-personas.ts into
// ./testing/frozen-records/). Every expected value below was worked out by hand from those files;
// the arithmetic is in the comments. Nothing here calls lib/metrics or lib/dates to get a value.
//
// As-of day: 2026-11-17 (15:00Z is 09:00 in America/Mexico_City, the same calendar day).
//   − 6 months = 2026-05-17 · − 12 = 2025-11-17 · − 24 = 2024-11-17 · − 36 = 2023-11-17.
// Day spans: "a → b" is b − a days; "[a, b]" counts both ends (b − a + 1). Each persona's job is
// placed at a day offset from the anchor 2026-11-17, which cross-checks the spans.
// Money: monthly = daily × 30.4, cash = daily × 304,000 ÷ 10,493 (= ÷ 1.0493 × 30.4), half-up cents.
// A salary step counts when |to − from| > 2% of from. 25-UMA cap (UMA in force 1 Feb–31 Jan,
// lib/metrics/reference-values.ts UMA_DAILY × 25): from 1 Feb 2016 1,826.00 · 2017 1,887.25 ·
// 2018 2,015.00 · 2019 2,112.25 · 2020 2,172.00 · 2021 2,240.50 · 2022 2,405.50 · 2023 2,593.50 ·
// 2024 2,714.25 · 2025 2,828.50 · 2026 2,932.75. Before Feb 2016 there was no UMA: the cap was 25 ×
// the zone A minimum wage of the calendar year (MINIMUM_WAGE_DAILY): 2013 1,619.00 · 2014 1,682.25 ·
// 2015 1,752.50 · Jan 2016 1,826.00. Only `capped` has salaries at those dates.
// weeksSinceLastJob follows lib/metrics/gaps.ts: 0 while employed, else floor((asOf − last end) / 7).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { computeApplicantMetrics } from "@/lib/metrics";
import type { ApplicantMetrics, Institution } from "@/lib/metrics";

/** The one place that knows the metrics' field names: adjust it, not the table. */
function figuresOf(m: ApplicantMetrics) {
  const round4 = (x: number | null) => (x === null ? null : Math.round(x * 10_000) / 10_000);
  const count = (kind: "raises" | "cuts") => ({
    ever: m.raisesAndCuts.ever[kind],
    m12: m.raisesAndCuts.months12[kind],
    m36: m.raisesAndCuts.months36[kind],
  });
  const summary = m.socialSecuritySummary;
  return {
    status: m.status,
    mainEmployer: m.currentJobs[0]?.employer ?? null,
    tenureDays: m.tenureAtCurrentEmployerDays,
    totalTenureDays: m.totalTenure.days,
    concurrentDays: m.concurrent.days,
    employers: {
      m12: m.employers.months12,
      m24: m.employers.months24,
      m36: m.employers.months36,
      ever: m.employers.ever,
    },
    longestGapWeeks: m.longestGap?.weeks ?? null,
    weeksSinceLastJob: m.weeksSinceLastJob,
    dailyIncome: m.income?.dailySalary ?? null,
    monthlyIncome: m.income?.monthlyIncome ?? null,
    cashBasePay: m.income?.estimatedCashBasePay ?? null,
    atLeast: m.income?.atLeast ?? false,
    raises: count("raises"),
    cuts: count("cuts"),
    salaryChange12: round4(m.salaryChange?.months12 ?? null),
    salaryChange36: round4(m.salaryChange?.months36 ?? null),
    weeks: summary && {
      contributed: summary.weeksContributed,
      redeemed: summary.weeksRedeemed,
      reinstated: summary.weeksReinstated,
    },
    flags: m.flags.map((flag): string => flag.code).sort(),
  };
}

type Figures = ReturnType<typeof figuresOf>;

const AS_OF = "2026-11-17";

const EXPECTED: Record<string, Figures> = {
  // stable (IMSS). J1 Comercializadora Peña y Núñez [2011-07-19, 2014-01-04] (901 d: −5600…−4700);
  // J2 Grupo Industrial Ibáñez del Bajío from 2014-02-23, open (main).
  stable: {
    status: "employed",
    mainEmployer: "Grupo Industrial Ibáñez del Bajío S.A. de C.V.",
    tenureDays: 4650, // 2014-02-23 → 2026-11-17 (from: −4650)
    totalTenureDays: 5552, // 901 + [2014-02-23, 2026-11-17] 4,651
    concurrentDays: 0,
    // Only J2 touches [2023-11-17, asOf]; J1 ended 2014.
    employers: { m12: 1, m24: 1, m36: 1, ever: 2 },
    longestGapWeeks: 7, // [2014-01-05, 2014-02-22] = 27 + 22 = 49 d → floor(49/7) = 7
    weeksSinceLastJob: 0,
    dailyIncome: "980.33", // J2 2026-01-05 SALARY_MODIFICATION
    monthlyIncome: "29802.03", // 980.33 × 30.4 = 29,802.032
    cashBasePay: "28401.82", // 980.33 × 304000 / 10493 = 28,401.8222
    atLeast: false, // 980.33 < 2,932.75
    // J1: 2012-01-07 251.00→260.96 +3.97%, 2013-01-08 →275.25 +5.48%, 2013-10-15 →338.39 +22.94%.
    // J2: 2015-01-02 399.00→432.81 +8.47%, 2016-01-04 →447.57 +3.41%, 2017-01-10 →477.55 +6.70%,
    //   2018-01-03 →462.06 −3.24% (cut), 2019-01-08 →423.56 −8.33% (cut), 2020-01-03 →469.78
    //   +10.91%, 2021-01-05 →497.42 +5.88%, 2022-01-05 →554.56 +11.49%, 2023-01-06 →611.48
    //   +10.26%, 2023-08-15 →741.45 +21.25%, 2024-01-04 →716.76 −3.33% (cut), 2025-01-03 →782.69
    //   +9.20%, 2025-10-15 →918.66 +17.37%, 2026-01-05 →980.33 +6.71% (SICK_LEAVE: same salary).
    // Ever: 3 + 11 raises, 3 cuts. ≥ 2025-11-17: 2026-01-05. ≥ 2023-11-17: 2024-01-04 (cut),
    // 2025-01-03, 2025-10-15, 2026-01-05.
    raises: { ever: 14, m12: 1, m36: 3 },
    cuts: { ever: 3, m12: 0, m36: 1 },
    salaryChange12: 0.0671, // on 2025-11-17: 918.66; 61.67 / 918.66 = 0.067130
    salaryChange36: 0.3222, // on 2023-11-17: 741.45; 238.88 / 741.45 = 0.322180
    weeks: { contributed: 793, redeemed: 0, reinstated: 0 }, // 793 = floor(5,552 / 7) ✓
    flags: [], // 49-day gap is under 3 months; last cut 2024-01-04 is older than 12 months
  },

  // risky (IMSS). J1 Textiles Tapatíos [2015-05-19, 2022-10-09] (2,701 d: −4200…−1500);
  // J2 Comercializadora Ríos y Peña from 2024-05-31, open (main), 22% cut on 2026-08-09 (−100).
  risky: {
    status: "employed",
    mainEmployer: "Comercializadora Ríos y Peña S.A. de C.V.",
    tenureDays: 900, // 2024-05-31 → 2026-11-17 (from: −900)
    totalTenureDays: 3602, // 2,701 + [2024-05-31, 2026-11-17] 901
    concurrentDays: 0,
    // J1 ended 2022-10-09 < 2023-11-17, so only J2 in every window.
    employers: { m12: 1, m24: 1, m36: 1, ever: 2 },
    longestGapWeeks: 85, // [2022-10-10, 2024-05-30] = −1499…−901 = 599 d → floor(599/7) = 85
    weeksSinceLastJob: 0,
    dailyIncome: "656.43", // J2 2026-08-09 SALARY_MODIFICATION
    monthlyIncome: "19955.47", // 656.43 × 30.4 = 19,955.472
    cashBasePay: "19017.89", // 656.43 × 304000 / 10493 = 19,017.8900
    atLeast: false,
    // J1: 2016-01-08 327.25→338.79 +3.53%, 2016-10-15 →393.86 +16.25%, 2017-01-02 →425.48 +8.03%,
    //   2018-01-09 →451.12 +6.03%, 2019-01-04 →482.42 +6.94%, 2020-01-02 →538.82 +11.69%,
    //   2021-01-02 →577.86 +7.25%, 2022-01-10 →619.26 +7.16% (8 raises).
    // J2: 2025-01-10 728.00→785.51 +7.90%, 2026-01-09 →841.58 +7.14%, 2026-08-09 →656.43 −22.00%.
    raises: { ever: 10, m12: 1, m36: 2 },
    cuts: { ever: 1, m12: 1, m36: 1 },
    salaryChange12: -0.1643, // on 2025-11-17: 785.51; −129.08 / 785.51 = −0.164326
    salaryChange36: null, // J2 had not started on 2023-11-17
    weeks: { contributed: 514, redeemed: 36, reinstated: 0 }, // floor(3,602 / 7) = 514 ✓
    // past-gap: 2022-10-10 + 3 months = 2023-01-10 ≤ 2024-05-30, and it ended ≥ 2023-11-17.
    // salary-cut: 2026-08-09 ≥ 2025-11-17 and 656.43 (now) < 841.58 (from). redeemed-weeks: 36 > 0.
    flags: ["past-gap", "redeemed-weeks", "salary-cut"],
  },

  // longGap (IMSS). J1 Manufacturas Tláloc [2016-03-14, 2024-12-17] (3,201 d: −3900…−700);
  // J2 Alimentos del Golfo from 2026-06-20 (−150), open (main), one HIRED movement.
  longGap: {
    status: "employed",
    mainEmployer: "Alimentos del Golfo S.A. de C.V.",
    tenureDays: 150, // 2026-06-20 → 2026-11-17 (from: −150)
    totalTenureDays: 3352, // 3,201 + [2026-06-20, 2026-11-17] 151
    concurrentDays: 0,
    // J1 ended 2024-12-17: before 2025-11-17, after 2024-11-17.
    employers: { m12: 1, m24: 2, m36: 2, ever: 2 },
    longestGapWeeks: 78, // [2024-12-18, 2026-06-19] = −699…−151 = 549 d → floor(549/7) = 78
    weeksSinceLastJob: 0,
    dailyIncome: "448.00", // J2 HIRED
    monthlyIncome: "13619.20", // 448 × 30.4 = 13,619.2
    cashBasePay: "12979.32", // 448 × 304000 / 10493 = 12,979.3195
    atLeast: false,
    // J1: 2017-01-06 279.00→290.95 +4.28%, 2018-01-10 →313.52 +7.76%, 2019-01-05 →335.04 +6.86%,
    //   2019-09-15 →400.15 +19.43%, 2020-01-09 →448.98 +12.20%, 2021-01-09 →467.85 +4.20%,
    //   2022-01-06 →517.82 +10.68%, 2023-01-09 →578.60 +11.74%, 2024-01-05 →637.38 +10.16%,
    //   2024-04-15 →701.33 +10.03% (10 raises; ≥ 2023-11-17: the last two). J2: none.
    raises: { ever: 10, m12: 0, m36: 2 },
    cuts: { ever: 0, m12: 0, m36: 0 },
    salaryChange12: null, // J2 had not started on 2025-11-17
    salaryChange36: null,
    weeks: { contributed: 478, redeemed: 0, reinstated: 0 }, // floor(3,352 / 7) = 478 ✓
    // recent-hire: 2026-06-20 > 2026-05-17. past-gap: 549 d > 3 months, ended 2026-06-19.
    flags: ["past-gap", "recent-hire"],
  },

  // capped (IMSS). J1 Consultoría Domínguez y Ortiz [2013-03-10, 2020-11-08] (2,801 d:
  // −5000…−2200); J2 Grupo Industrial del Norte from 2020-12-08, open (main). Every salary of both
  // jobs equals the cap of its date (e.g. 2013-03-10 1,619.00; 2026-02-01 2,932.75).
  capped: {
    status: "employed",
    mainEmployer: "Grupo Industrial del Norte S.A.P.I. de C.V.",
    tenureDays: 2170, // 2020-12-08 → 2026-11-17 (from: −2170)
    totalTenureDays: 4972, // 2,801 + [2020-12-08, 2026-11-17] 2,171
    concurrentDays: 0,
    employers: { m12: 1, m24: 1, m36: 1, ever: 2 },
    longestGapWeeks: 4, // [2020-11-09, 2020-12-07] = 22 + 7 = 29 d → floor(29/7) = 4
    weeksSinceLastJob: 0,
    dailyIncome: "2932.75", // J2 2026-02-01 = 25 × 117.31
    monthlyIncome: "89155.60", // 2,932.75 × 30.4 = 89,155.6
    cashBasePay: "84966.74", // 2,932.75 × 304000 / 10493 = 84,966.7397
    atLeast: true, // 2,932.75 ≥ cap on 2026-02-01 (2,932.75)
    // Every change is a ceiling-only move (from at the cap of its date, to at the cap of its date):
    // J1 1,619.00 (2013) → 1,682.25 (2014-01-07) → 1,752.50 (2015-01-09) → 1,826.00 (2016-01-09) →
    // 1,887.25 (2017-02-01) → 2,015.00 (2018-02-01) → 2,112.25 (2019-02-01) → 2,172.00 (2020-02-01);
    // J2 2,172.00 (2020-12-08) → 2,240.50 (2021-02-01) → 2,405.50 → 2,593.50 → 2,714.25 →
    // 2,828.50 → 2,932.75 (each 1 Feb). The pre-2016 ones rely on the zone A minimum-wage cap.
    raises: { ever: 0, m12: 0, m36: 0 },
    cuts: { ever: 0, m12: 0, m36: 0 },
    // 2025-11-17: 2,828.50 (cap 2025) and now 2,932.75 (cap 2026): both ends at the cap → null.
    salaryChange12: null,
    // 2023-11-17: 2,593.50 (cap 2023): both ends at the cap → null.
    salaryChange36: null,
    weeks: { contributed: 710, redeemed: 0, reinstated: 0 }, // floor(4,972 / 7) = 710 ✓
    flags: ["capped-salary"],
  },

  // concurrent (IMSS). J1 Transportes Salazar y Ruiz from 2020-11-08 (−2200), open (main: earliest
  // start); J2 Servicios Administrativos Océano from 2025-10-13 (−400), open.
  concurrent: {
    status: "employed",
    mainEmployer: "Transportes Salazar y Ruiz S.A. de C.V.",
    tenureDays: 2200, // 2020-11-08 → 2026-11-17
    totalTenureDays: 2201, // [2020-11-08, 2026-11-17]; J2 lies inside it
    concurrentDays: 401, // [2025-10-13, 2026-11-17], two distinct employerIds
    employers: { m12: 2, m24: 2, m36: 2, ever: 2 },
    longestGapWeeks: null, // one merged interval
    weeksSinceLastJob: 0,
    dailyIncome: "1366.47", // J1 1,043.19 (2026-03-15) + J2 323.28 (2026-01-10)
    monthlyIncome: "41540.69", // 1,366.47 × 30.4 = 41,540.688
    cashBasePay: "39588.95", // 1,366.47 × 304000 / 10493 = 39,588.9526
    atLeast: false,
    // J1: 2021-01-09 440.00→483.80 +9.95%, 2022-01-06 →541.70 +11.97%, 2023-01-07 →622.51 +14.92%,
    //   2024-01-08 →693.55 +11.41%, 2025-01-06 →738.46 +6.48%, 2025-04-15 →827.17 +12.01%,
    //   2026-01-04 →879.20 +6.29%, 2026-03-15 →1,043.19 +18.65%.
    // J2: 2026-01-10 300.00→323.28 +7.76%.
    // ≥ 2025-11-17: 2026-01-04, 2026-01-10, 2026-03-15. ≥ 2023-11-17: those + 2024-01-08,
    // 2025-01-06, 2025-04-15.
    raises: { ever: 9, m12: 3, m36: 6 },
    cuts: { ever: 0, m12: 0, m36: 0 },
    salaryChange12: 0.2612, // main job only; 2025-11-17: 827.17; 216.02 / 827.17 = 0.261156
    salaryChange36: 0.6758, // 2023-11-17: 622.51; 420.68 / 622.51 = 0.675780
    weeks: { contributed: 314, redeemed: 0, reinstated: 0 }, // floor(2,201 / 7) = 314 ✓
    flags: [],
  },

  // issste. J1 SEP [2009-11-26, 2016-09-30] (2,501 d: −6200…−3700); J2 SSA from 2016-11-19
  // (−3650), open (main). No employerId: employers are told apart by name.
  issste: {
    status: "employed",
    mainEmployer: "SECRETARIA DE SALUD (SSA);SERVICIOS DE SALUD DEL ESTADO DE PUEBLA",
    tenureDays: 3650, // 2016-11-19 → 2026-11-17
    totalTenureDays: 6152, // 2,501 + [2016-11-19, 2026-11-17] 3,651
    concurrentDays: 0,
    employers: { m12: 1, m24: 1, m36: 1, ever: 2 },
    longestGapWeeks: 7, // [2016-10-01, 2016-11-18] = 31 + 18 = 49 d → 7
    weeksSinceLastJob: 0,
    dailyIncome: "815.79", // J2 2026-01-04 NORMAL
    monthlyIncome: "24473.70", // Belvo's monthlySalary for J2 (= 815.79 × 30), not × 30.4
    cashBasePay: "24473.70", // ISSSTE: the monthly income itself
    atLeast: false, // the cap binds IMSS only
    // J1: 2010-01-09 225.00→248.34 +10.37%, 2011-01-03 →263.00 +5.90%, 2011-06-15 →301.66
    //   +14.70%, 2012-01-02 →311.47 +3.25%, 2013-01-08 →326.69 +4.89%, 2013-10-15 →362.32
    //   +10.91%, 2014-01-03 →373.58 +3.11%, 2015-01-06 →393.29 +5.28%, 2016-01-08 →420.97 +7.04%.
    // J2: 2017-01-07 372.00→353.90 −4.87% (cut), 2018-01-06 →366.19 +3.47%, 2019-01-03 →404.40
    //   +10.43%, 2020-01-04 →430.81 +6.53%, 2020-06-15 →514.65 +19.46%, 2021-01-06 →552.12 +7.28%,
    //   2022-01-09 →588.09 +6.51%, 2023-01-02 →658.43 +11.96%, 2024-01-02 →729.20 +10.75%,
    //   2025-01-04 →766.81 +5.16%, 2026-01-04 →815.79 +6.39%.
    // Ever 9 + 10 raises, 1 cut. ≥ 2025-11-17: 2026-01-04. ≥ 2023-11-17: 2024, 2025, 2026.
    raises: { ever: 19, m12: 1, m36: 3 },
    cuts: { ever: 1, m12: 0, m36: 0 },
    salaryChange12: 0.0639, // 2025-11-17: 766.81; 48.98 / 766.81 = 0.063875
    salaryChange36: 0.239, // 2023-11-17: 658.43; 157.36 / 658.43 = 0.238993
    weeks: null,
    flags: ["issste"],
  },

  // dismissed (IMSS). J1 Constructora Peñasco [2017-07-27, 2019-08-26] (761 d: −3400…−2640);
  // J2 Manufacturas Chávez y Lara [2019-10-05, 2026-10-23] (2,576 d: −2600…−25). No open job.
  dismissed: {
    status: "unemployed", // nothing open on 2026-11-17; entitlement UNEMPLOYED
    mainEmployer: null,
    tenureDays: null,
    totalTenureDays: 3337, // 761 + 2,576
    concurrentDays: 0,
    // J2 ends 2026-10-23 ≥ 2025-11-17; J1 ended 2019.
    employers: { m12: 1, m24: 1, m36: 1, ever: 2 },
    longestGapWeeks: 5, // [2019-08-27, 2019-10-04] = 5 + 30 + 4 = 39 d → 5
    weeksSinceLastJob: 3, // 2026-10-23 → 2026-11-17 = 25 d → floor(25/7) = 3
    dailyIncome: null,
    monthlyIncome: null,
    cashBasePay: null,
    atLeast: false,
    // J1: 2018-01-08 229.25→249.55 +8.85%, 2019-01-06 →276.90 +10.96%.
    // J2: 2020-01-04 370.00→396.87 +7.26%, 2021-01-08 →376.17 −5.22% (cut), 2021-11-15 →462.20
    //   +22.87%, 2022-01-07 →491.00 +6.23%, 2023-01-07 →558.04 +13.65%, 2024-01-07 →601.58
    //   +7.80%, 2025-01-02 →566.32 −5.86% (cut), 2026-01-06 →626.83 +10.68%.
    // ≥ 2025-11-17: 2026-01-06. ≥ 2023-11-17: 2024-01-07, 2025-01-02 (cut), 2026-01-06.
    raises: { ever: 8, m12: 1, m36: 2 },
    cuts: { ever: 2, m12: 0, m36: 1 },
    salaryChange12: null, // no main job
    salaryChange36: null,
    weeks: { contributed: 476, redeemed: 0, reinstated: 0 }, // floor(3,337 / 7) = 476 ✓
    // recent-exit: 2026-10-23 + 1 d + 3 months = 2027-01-24 > asOf. Last cut 2025-01-02 is older
    // than 12 months: no salary-cut.
    flags: ["recent-exit"],
  },

  // promotion (IMSS). One job, Servicios Administrativos del Sureste from 2024-05-31 (−900), open.
  // The persona's +18% raise is dated 2026-11-27 (+10): after asOf, so not in the record.
  promotion: {
    status: "employed",
    mainEmployer: "Servicios Administrativos del Sureste S.A. de C.V.",
    tenureDays: 900, // 2024-05-31 → 2026-11-17
    totalTenureDays: 901, // [2024-05-31, 2026-11-17]
    concurrentDays: 0,
    employers: { m12: 1, m24: 1, m36: 1, ever: 1 },
    longestGapWeeks: null,
    weeksSinceLastJob: 0,
    dailyIncome: "493.35", // 2026-01-02 SALARY_MODIFICATION
    monthlyIncome: "14997.84", // 493.35 × 30.4 = 14,997.84
    cashBasePay: "14293.19", // 493.35 × 304000 / 10493 = 14,293.1859
    atLeast: false,
    // 2025-01-05 504.00→538.52 +6.85%; 2026-01-02 →493.35 −8.39% (cut, ≥ 2025-11-17).
    raises: { ever: 1, m12: 0, m36: 1 },
    cuts: { ever: 1, m12: 1, m36: 1 },
    salaryChange12: -0.0839, // 2025-11-17: 538.52; −45.17 / 538.52 = −0.083878
    salaryChange36: null, // not started on 2023-11-17
    weeks: { contributed: 128, redeemed: 0, reinstated: 0 }, // floor(901 / 7) = 128 ✓
    // salary-cut: 2026-01-02 ≥ 2025-11-17 and 493.35 (now) < 538.52 (from).
    flags: ["salary-cut"],
  },
};

/** The trimmed snapshot freeze-personas.ts writes. */
interface FrozenRecord {
  institution: string;
  collectedAt: string;
  personalData: { entitlementStatus: string | null };
  socialSecuritySummary: {
    weeksContributed: number | null;
    weeksRedeemed: number | null;
    weeksReinstated: number | null;
  } | null;
  jobs: {
    employer: string;
    employerId: string | null;
    startDate: string;
    endDate: string | null;
    mostRecentDailySalary: string | null;
    monthlySalary: string | null;
    movements: { event: string; dailySalary: string | null; date: string }[];
  }[];
}

function frozen(persona: string): FrozenRecord {
  const file = join(import.meta.dirname, "testing/frozen-records", `${persona}.json`);
  return JSON.parse(readFileSync(file, "utf8")) as FrozenRecord;
}

describe("emulator personas collected on 2026-11-17, figures worked out by hand", () => {
  it.each(Object.keys(EXPECTED))("%s", (persona) => {
    const record = frozen(persona);
    const institution: Institution =
      record.institution === "issste_mx_employment" ? "issste" : "imss";
    const jobs = record.jobs.map((job) => ({
      employer: job.employer,
      employerId: job.employerId,
      startDate: job.startDate,
      endDate: job.endDate,
      movements: job.movements,
      mostRecentDailySalary: job.mostRecentDailySalary,
      reportedMonthlySalary: job.monthlySalary,
    }));
    const input = {
      jobs,
      asOf: AS_OF,
      institution,
      socialSecuritySummary: record.socialSecuritySummary,
      entitlementStatus: record.personalData.entitlementStatus,
      collectedAt: record.collectedAt,
    };
    expect(figuresOf(computeApplicantMetrics(input))).toEqual(EXPECTED[persona]);
  });
});
