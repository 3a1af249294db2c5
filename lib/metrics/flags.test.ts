import { describe, expect, it } from "vitest";
import { createFormatter } from "@/lib/format";
import { computeApplicantMetrics } from "./applicant-metrics";
import { capped, job, longGap, move } from "./testing/personas";

describe("salary-cut flag", () => {
  const cuts = (dates: string[]) =>
    computeApplicantMetrics({
      asOf: "2025-06-30",
      institution: "imss",
      jobs: [
        job({
          employer: "Acme",
          employerId: "R1",
          startDate: "2020-01-01",
          movements: [
            move("HIRED", "2020-01-01", "1000.00"),
            ...dates.map((date, i) => move("SALARY_MODIFICATION", date, `${900 - 100 * i}.00`)),
          ],
        }),
      ],
    }).flags;

  it("ignores a cut older than 12 months", () => {
    expect(cuts(["2024-06-29"])).toEqual([]);
  });

  it("describes the latest cut and how many there were", () => {
    // 1,000 → 900 on 30 Jun 2024 (−10%), 900 → 800 on 1 Mar 2025 (−11.1%).
    expect(cuts(["2024-06-30", "2025-03-01"])).toEqual([
      {
        code: "salary-cut",
        severity: "warning",
        label: "Salary cut",
        explanation:
          "Daily salary at Acme fell 11.1%, from $900.00 to $800.00, on 1 mar 2025 (2 cuts in 12 months).",
      },
    ]);
  });
});

describe("flag text", () => {
  it("goes through the formatter it is given", () => {
    const metrics = computeApplicantMetrics(capped, { format: createFormatter("en-US") });
    expect(metrics.flags[0]?.explanation).toBe(
      "Corporativo Financiero del Norte reports MX$2,828.50 a day, at the 25-UMA ceiling (MX$2,828.50 on Feb 1, 2025): the real pay is at least this.",
    );
  });

  it("keeps one long-gap flag, the current gap over an older one", () => {
    const [bajio, ortiz] = longGap.jobs;
    if (!bajio || !ortiz) throw new Error("fixture");
    // Ortiz ends 31 Jan 2025: by 30 Jun 2025 the person has been jobless for 5 months.
    const metrics = computeApplicantMetrics({
      ...longGap,
      jobs: [bajio, { ...ortiz, endDate: "2025-01-31" }],
    });
    const gaps = metrics.flags.filter((flag) => flag.code === "long-gap");
    // 31 Jan → 30 Jun 2025: 150 days → 21 weeks.
    expect(gaps.map((flag) => flag.explanation)).toEqual([
      "No formal job since leaving Logística Ortiz on 31 ene 2025: 21 weeks.",
    ]);
  });
});
