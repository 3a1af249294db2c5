// The declared monthly income against the verified one. As-of day 30 Jun 2025; default tolerance
// 20%: a declaration is above when declared > verified × 1.2, strictly.
import { describe, expect, it } from "vitest";
import { explain } from "@/lib/i18n/testing/explain";
import { computeApplicantMetrics } from "./applicant-metrics";
import { compareDeclaredIncome } from "./declared-income";
import type { Income } from "./income";
import { DEFAULT_FIGURE_SETTINGS } from "./settings";
import { capped, concurrent, dismissed, issste, job, stable } from "./testing/personas";
import type { MetricsInput } from "./types";

const declaring = (
  input: MetricsInput,
  declaredMonthlyIncome: string | null,
  tolerancePct?: number,
) =>
  computeApplicantMetrics(
    { ...input, declaredMonthlyIncome },
    tolerancePct === undefined
      ? {}
      : { settings: { ...DEFAULT_FIGURE_SETTINGS, declaredIncomeTolerancePct: tolerancePct } },
  );

const codes = (metrics: { flags: Array<{ code: string }> }) =>
  metrics.flags.map((flag) => flag.code);

describe("no declaration", () => {
  it("gives no comparison and no flag", () => {
    expect(computeApplicantMetrics(stable).declaredIncome).toBeNull();
    expect(declaring(stable, null).declaredIncome).toBeNull();
    expect(declaring(stable, "").declaredIncome).toBeNull();
    expect(codes(declaring(stable, null))).toEqual([]);
  });

  it("is null from the comparison itself", () => {
    const income: Income = {
      dailySalary: "720.00",
      monthlyIncome: "21888.00",
      estimatedCashBasePay: "20859.62",
      complete: true,
      atLeast: false,
      method: "imss-daily-x-30.4",
    };
    expect(compareDeclaredIncome({ declared: undefined, income, tolerancePct: 20 })).toBeNull();
    expect(compareDeclaredIncome({ declared: null, income, tolerancePct: 20 })).toBeNull();
  });
});

describe("a declaration within the tolerance", () => {
  // Stable: 720 × 30.4 = 21,888.00 a month; × 1.2 = 26,265.60.
  it("is not flagged at exactly verified + 20%", () => {
    const metrics = declaring(stable, "26265.60");
    expect(metrics.declaredIncome).toEqual({
      declared: "26265.60",
      verified: "21888.00",
      ratio: expect.closeTo(1.2, 12), // 26,265.60 ÷ 21,888
      tolerancePct: 20,
      verifiedIsFloor: false,
      exceeds: false,
    });
    expect(codes(metrics)).toEqual([]);
  });

  it("is not flagged below the verified income either", () => {
    // 15,000 ÷ 21,888 = 0.6853.
    const metrics = declaring(stable, "15000.00");
    expect(metrics.declaredIncome).toMatchObject({
      ratio: expect.closeTo(15000 / 21888, 12),
      exceeds: false,
    });
    expect(codes(metrics)).toEqual([]);
  });

  it("follows the organization's tolerance", () => {
    // 50%: 21,888 × 1.5 = 32,832.00. 30,000 is within it; one cent over 32,832 is not.
    expect(declaring(stable, "30000.00", 50).declaredIncome?.exceeds).toBe(false);
    expect(declaring(stable, "32832.00", 50).declaredIncome?.exceeds).toBe(false);
    expect(declaring(stable, "32832.01", 50).declaredIncome).toMatchObject({
      tolerancePct: 50,
      exceeds: true,
    });
  });
});

describe("a declaration above the tolerance", () => {
  it("is flagged one cent over verified + 20%", () => {
    // 26,265.61 > 26,265.60.
    expect(declaring(stable, "26265.61").declaredIncome?.exceeds).toBe(true);
    expect(codes(declaring(stable, "26265.61"))).toEqual(["declared-income-above"]);
  });

  it("explains by how much, dated the day the data was collected", () => {
    // 30,000 ÷ 21,888 = 1.370614 → 0.370614 above → "37.1% more".
    const flags = declaring(stable, "30000.00").flags;
    expect(flags).toEqual([
      {
        code: "declared-income-above",
        severity: "warning",
        since: "2025-06-30",
        facts: {
          declared: "30000.00",
          verified: "21888.00",
          above: expect.closeTo(30000 / 21888 - 1, 12),
          tolerancePct: 20,
        },
      },
    ]);
    expect(flags.map((flag) => explain(flag, stable.asOf))).toEqual([
      "Declared MX$30,000.00 a month against a verified MX$21,888.00, 37.1% more; the tolerance is 20%.",
    ]);
  });

  it("compares with the whole income of concurrent jobs", () => {
    // 650 + 400 = 1,050 a day → 31,920.00 a month; × 1.2 = 38,304.00.
    expect(declaring(concurrent, "38304.00").declaredIncome).toMatchObject({
      verified: "31920.00",
      exceeds: false,
    });
    expect(declaring(concurrent, "38304.01").declaredIncome?.exceeds).toBe(true);
  });

  it("compares with ISSSTE's monthly salary", () => {
    // 500 × 30 = 15,000.00; × 1.2 = 18,000.00.
    expect(declaring(issste, "18000.00").declaredIncome).toMatchObject({
      verified: "15000.00",
      exceeds: false,
    });
    expect(codes(declaring(issste, "18000.01"))).toEqual(["declared-income-above", "issste"]);
  });
});

describe("a verified income at the 25-UMA ceiling", () => {
  it("is a floor: no declaration exceeds it", () => {
    // 2,828.50 × 30.4 = 85,986.40, at the ceiling, so the real pay is at least this.
    // 1,000,000 ÷ 85,986.40 = 11.6297.
    const metrics = declaring(capped, "1000000.00");
    expect(metrics.declaredIncome).toEqual({
      declared: "1000000.00",
      verified: "85986.40",
      ratio: expect.closeTo(1_000_000 / 85_986.4, 12),
      tolerancePct: 20,
      verifiedIsFloor: true,
      exceeds: false,
    });
    expect(codes(metrics)).toEqual(["capped-salary"]);
  });

  it("is a floor when only one of two open jobs is capped", () => {
    const [corporativo] = capped.jobs;
    if (!corporativo) throw new Error("fixture");
    const metrics = declaring({ ...stable, jobs: [...stable.jobs, corporativo] }, "500000.00");
    // (720 + 2,828.50) × 30.4 = 3,548.50 × 30.4 = 107,874.40.
    expect(metrics.declaredIncome).toMatchObject({
      verified: "107874.40",
      verifiedIsFloor: true,
      exceeds: false,
    });
  });
});

describe("no verified income", () => {
  it("flags any positive declaration of someone without a job", () => {
    // Dismissed on 15 May: no open job, so no income to back the declaration.
    const metrics = declaring(dismissed, "12000.00");
    expect(metrics.declaredIncome).toEqual({
      declared: "12000.00",
      verified: null,
      ratio: null,
      tolerancePct: 20,
      verifiedIsFloor: false,
      exceeds: true,
    });
    // 15 May → 30 Jun 2025: 46 days ÷ 30.4375 = 1.51 → 1 month. No verified income: no "% more".
    expect(metrics.flags.map((flag) => [flag.code, flag.facts])).toEqual([
      ["recent-exit", { employer: "Constructora Muñoz", endDate: "2025-05-15" }],
      [
        "declared-income-above",
        { declared: "12000.00", verified: null, above: null, tolerancePct: 20 },
      ],
    ]);
    expect(metrics.flags.map((flag) => explain(flag, dismissed.asOf))).toEqual([
      "Left Constructora Muñoz on May 15, 2025, 1 month before the data, and has no open job.",
      "Declared MX$12,000.00 a month against no verified income (no open job with a known salary); the tolerance is 20%.",
    ]);
  });

  it("flags it when the open job has no known salary", () => {
    const metrics = declaring(
      { ...stable, jobs: [job({ employer: "Sin salario", startDate: "2020-01-01" })] },
      "8000.00",
    );
    expect(metrics.income).toBeNull();
    expect(metrics.declaredIncome).toMatchObject({ verified: null, exceeds: true });
  });

  it("does not flag a declaration of zero", () => {
    expect(declaring(dismissed, "0.00").declaredIncome?.exceeds).toBe(false);
  });
});
