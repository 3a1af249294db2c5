import { describe, expect, it } from "vitest";
import { messagesFor } from "@/lib/i18n/catalog";
import { explain } from "@/lib/i18n/testing/explain";
import { computeApplicantMetrics } from "./applicant-metrics";
import { FLAG_CODES, FLAG_RULES } from "./flag-rules";
import { capped, job, longGap, move } from "./testing/personas";
import type { MovementInput } from "./types";

// As-of day 30 Jun 2025 throughout; 12 months back is 30 Jun 2024. Flags carry facts; the English
// sentences are what `explain` renders from the catalog in en-US formats. "N months before the
// data" is whole months of 365.25 ÷ 12 = 30.4375 days, rounded down; from 12 months, years and
// months ("2 years 3 months").

const AS_OF = "2025-06-30";

describe("salary-cut flag", () => {
  const acme = (movements: MovementInput[], endDate: string | null = null) =>
    computeApplicantMetrics({
      asOf: AS_OF,
      institution: "imss",
      jobs: [
        job({
          employer: "Acme",
          employerId: "R1",
          startDate: "2020-01-01",
          endDate,
          movements: [move("HIRED", "2020-01-01", "1000.00"), ...movements],
        }),
      ],
    }).flags;
  const cuts = (dates: string[]) =>
    acme(dates.map((date, i) => move("SALARY_MODIFICATION", date, `${900 - 100 * i}.00`)));

  it("ignores a cut older than 12 months", () => {
    expect(cuts(["2024-06-29"])).toEqual([]);
  });

  it("describes the latest cut and how many there were", () => {
    // 1,000 → 900 on 30 Jun 2024 (−10%), 900 → 800 on 1 Mar 2025 (−100 ÷ 900 = −11.1%). Both are
    // in the window (30 Jun 2024 included) and 800 is below both 1,000 and 900: neither recovered.
    // 1 Mar → 30 Jun 2025: 31 + 30 + 31 + 29 = 121 days; 121 ÷ 30.4375 = 3.98 → 3 months.
    const flags = cuts(["2024-06-30", "2025-03-01"]);
    expect(flags).toEqual([
      {
        code: "salary-cut",
        severity: "warning",
        since: "2025-03-01",
        facts: {
          employer: "Acme",
          change: expect.closeTo(-100 / 900, 12),
          from: "900.00",
          to: "800.00",
          date: "2025-03-01",
          count: 2,
        },
      },
    ]);
    expect(flags.map((flag) => explain(flag, AS_OF))).toEqual([
      "Daily salary at Acme fell 11.1%, from MX$900.00 to MX$800.00, on Mar 1, 2025, 3 months before the data (2 cuts in 12 months); it has not recovered.",
    ]);
  });

  it("does not flag a cut the job has recovered from", () => {
    // 1,000 → 900 on 1 Jan 2025 (−10%), then back to 1,000.00: now 1,000 is not below 1,000.
    const recovered = acme([
      move("SALARY_MODIFICATION", "2025-01-01", "900.00"),
      move("SALARY_MODIFICATION", "2025-04-01", "1000.00"),
    ]);
    expect(recovered).toEqual([]);
  });

  it("still flags a cut recovered only in part", () => {
    // 1,000 → 900 on 1 Jan 2025, then 990 (+10%): 990 < 1,000, so the cut stands.
    // 1 Jan → 30 Jun 2025: 31 + 28 + 31 + 30 + 31 + 29 = 180 days; ÷ 30.4375 = 5.91 → 5 months.
    // One standing cut: no "(N cuts…)".
    const partly = acme([
      move("SALARY_MODIFICATION", "2025-01-01", "900.00"),
      move("SALARY_MODIFICATION", "2025-04-01", "990.00"),
    ]);
    expect(partly).toEqual([
      {
        code: "salary-cut",
        severity: "warning",
        since: "2025-01-01",
        facts: {
          employer: "Acme",
          change: expect.closeTo(-0.1, 12),
          from: "1000.00",
          to: "900.00",
          date: "2025-01-01",
          count: 1,
        },
      },
    ]);
    expect(partly.map((flag) => explain(flag, AS_OF))).toEqual([
      "Daily salary at Acme fell 10%, from MX$1,000.00 to MX$900.00, on Jan 1, 2025, 5 months before the data; it has not recovered.",
    ]);
  });

  it("counts only the cuts that still stand", () => {
    // 1,000 → 800 (1 Sep 2024, −20%) → 1,100 (+37.5%) → 1,050 (1 Mar 2025, −4.5%): now 1,050 is
    // above the first cut's 1,000 (recovered) and below the second's 1,100 (standing).
    const flags = acme([
      move("SALARY_MODIFICATION", "2024-09-01", "800.00"),
      move("SALARY_MODIFICATION", "2024-12-01", "1100.00"),
      move("SALARY_MODIFICATION", "2025-03-01", "1050.00"),
    ]);
    // 50 ÷ 1,100 = 0.04545 → 4.5%; 1 Mar → 30 Jun 2025 is 121 days → 3 months (above).
    expect(flags.map((flag) => [flag.code, flag.facts])).toEqual([
      [
        "salary-cut",
        {
          employer: "Acme",
          change: expect.closeTo(-50 / 1100, 12),
          from: "1100.00",
          to: "1050.00",
          date: "2025-03-01",
          count: 1,
        },
      ],
    ]);
    expect(flags.map((flag) => explain(flag, AS_OF))).toEqual([
      "Daily salary at Acme fell 4.5%, from MX$1,100.00 to MX$1,050.00, on Mar 1, 2025, 3 months before the data; it has not recovered.",
    ]);
  });
});

describe("flag text", () => {
  it("explains the same flag in the reader's language", () => {
    // The flag holds no words: Spanish (es-MX formats) and English (en-US) come from the catalogs.
    const flags = computeApplicantMetrics(capped).flags;
    expect(flags.map((flag) => explain(flag, capped.asOf, "es"))).toEqual([
      "Corporativo Financiero del Norte reporta $2,828.50 diarios, en el tope de 25 UMA ($2,828.50 al 1 feb 2025): el salario real es al menos este.",
    ]);
    expect(flags.map((flag) => explain(flag, capped.asOf, "en"))).toEqual([
      "Corporativo Financiero del Norte reports MX$2,828.50 a day, at the 25-UMA ceiling (MX$2,828.50 on Feb 1, 2025): the real pay is at least this.",
    ]);
  });

  it("takes severity from the one flag table and the label from the catalog", () => {
    const metrics = computeApplicantMetrics(longGap);
    for (const flag of metrics.flags) {
      expect(flag.severity).toBe(FLAG_RULES[flag.code].severity);
    }
    const labels = messagesFor("en").metrics.flags;
    expect(metrics.flags.map((flag) => labels[flag.code].label)).toEqual([
      "Employment gap",
      "Salary cut",
    ]);
  });
});

describe("jobless after an earlier gap", () => {
  const [bajio, ortiz] = longGap.jobs;
  if (!bajio || !ortiz) throw new Error("fixture");
  // Ortiz ends 31 Jan 2025: by 30 Jun 2025 the person has been jobless for 5 months.
  const metrics = computeApplicantMetrics({
    ...longGap,
    jobs: [bajio, { ...ortiz, endDate: "2025-01-31" }],
    socialSecuritySummary: { weeksContributed: 500, weeksRedeemed: 10, weeksReinstated: 4 },
  });

  it("flags both the current spell and the earlier gap, in the table's order", () => {
    // Jobless: from 1 Feb 2025; 1 Feb + 3 months = 1 May ≤ 30 Jun. 31 Jan → 30 Jun 2025:
    // 28 + 31 + 30 + 31 + 30 = 150 days → 21 weeks; 150 ÷ 30.4375 = 4.93 → 4 months.
    // Past gap: 1 Sep 2022 – 31 Mar 2023, 212 days → 30 weeks, ended after 30 Jun 2022.
    // 31 Mar 2023 → 30 Jun 2025: 731 + 91 = 822 days; 822 ÷ 30.4375 = 27.01 → 27 months,
    // 2 years 3 months.
    // The cut at Ortiz (380 → 361, 15 Nov 2024) is in a job that has ended: no salary-cut flag.
    // Order: jobless and redeemed-weeks (risks), then past-gap (a warning).
    expect(metrics.flags).toEqual([
      {
        code: "jobless",
        severity: "risk",
        since: "2025-01-31",
        facts: { employer: "Logística Ortiz", endDate: "2025-01-31", weeks: 21 },
      },
      {
        code: "redeemed-weeks",
        severity: "risk",
        since: null,
        facts: { redeemed: 10, reinstated: 4 },
      },
      {
        code: "past-gap",
        severity: "warning",
        since: "2022-09-01",
        facts: { from: "2022-09-01", to: "2023-03-31", weeks: 30 },
      },
    ]);
    expect(metrics.flags.map((flag) => explain(flag, AS_OF))).toEqual([
      "Left Logística Ortiz on Jan 31, 2025, 4 months before the data: no formal job for 21 weeks.",
      "10 weeks redeemed after a retirement-fund withdrawal, 4 reinstated (IMSS gives no date).",
      "No formal job from Sep 1, 2022 to Mar 31, 2023 (30 weeks), ended on Mar 31, 2023, 2 years 3 months before the data.",
    ]);
  });

  it("sorts flags in the order of FLAG_CODES", () => {
    const order = metrics.flags.map((flag) => FLAG_CODES.indexOf(flag.code));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});

describe("the flag table", () => {
  it("lists every risk before every warning before every info", () => {
    const rank = { risk: 0, warning: 1, info: 2 } as const;
    const ranks = FLAG_CODES.map((code) => rank[FLAG_RULES[code].severity]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it("has no stale-data or long-gap code any more", () => {
    expect(FLAG_CODES).not.toContain("stale-data");
    expect(FLAG_CODES).not.toContain("long-gap");
    expect(FLAG_CODES).toEqual([
      "name-mismatch",
      "shared-nss",
      "jobless",
      "redeemed-weeks",
      "recent-exit",
      "recent-hire",
      "new-employer-before-applying",
      "employer-concentration",
      "past-gap",
      "salary-cut",
      "declared-income-above",
      "voluntary-contributions",
      "retired",
      "thin-file",
      "reinstated-weeks",
      "old-gap",
      "capped-salary",
      "issste",
    ]);
  });
});

describe("name-mismatch flag", () => {
  const flagsFor = (names?: { typed: string; onRecord: string | null }) =>
    computeApplicantMetrics({
      asOf: AS_OF,
      institution: "imss",
      names,
      jobs: [job({ employer: "Acme", startDate: "2020-01-01", movements: [] })],
    }).flags.map((flag) => flag.code);

  it("is a risk, first in the table, when the record names someone else", () => {
    expect(flagsFor({ typed: "Mariana Ibarra", onRecord: "MARIANA IBAÑEZ NUÑEZ" })).toEqual([
      "name-mismatch",
    ]);
    expect(FLAG_RULES["name-mismatch"].severity).toBe("risk");
    expect(FLAG_CODES[0]).toBe("name-mismatch");
  });

  it("ignores case, accents and spacing, and records without a name", () => {
    expect(flagsFor({ typed: "Mariana  Ibáñez Núñez", onRecord: "MARIANA IBANEZ NUNEZ" })).toEqual(
      [],
    );
    expect(flagsFor({ typed: "Mariana Ibarra", onRecord: null })).toEqual([]);
    expect(flagsFor()).toEqual([]);
  });
});
