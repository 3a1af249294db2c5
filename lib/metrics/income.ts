import type { DecimalText } from "@/lib/belvo/types/common";
import { divideRounded, fromCents, toCents } from "./cents";
import type { CurrentJob } from "./types";
import type { Institution } from "./types";

export interface Income {
  /** Sum of the latest daily SBC of every open job: concurrent jobs are all paid. */
  dailySalary: DecimalText;
  /** Integrated monthly income: daily × 30.4. */
  monthlyIncome: DecimalText;
  /**
   * IMSS: daily ÷ 1.0493 × 30.4, an upper bound of cash pay, since the SBC integrates benefits.
   * ISSSTE: the monthly income itself, since its daily salary is base pay without perks.
   */
  estimatedCashBasePay: DecimalText;
  /** False when some open job has no known salary, so the sum understates income. */
  complete: boolean;
}

/** Daily × 30.4, in cents, rounded half up. */
export function monthlyCents(dailyCents: number): number {
  return divideRounded(dailyCents * 304, 10);
}

/** Daily ÷ 1.0493 × 30.4 = daily × 304,000 ÷ 10,493, in cents, rounded half up. */
export function cashBasePayCents(dailyCents: number): number {
  return divideRounded(dailyCents * 304_000, 10_493);
}

export function monthlyFromDailyText(daily: DecimalText): DecimalText {
  return fromCents(monthlyCents(toCents(daily)));
}

/** Income from the open jobs; null when no open job has a known salary. */
export function currentIncome(options: {
  jobs: readonly CurrentJob[];
  institution: Institution;
}): Income | null {
  const { jobs } = options;
  const known = jobs.flatMap((job) => (job.dailySalary === null ? [] : [toCents(job.dailySalary)]));
  if (known.length === 0) return null;
  const daily = known.reduce((sum, cents) => sum + cents, 0);
  return {
    dailySalary: fromCents(daily),
    monthlyIncome: fromCents(monthlyCents(daily)),
    estimatedCashBasePay: fromCents(
      options.institution === "imss" ? cashBasePayCents(daily) : monthlyCents(daily),
    ),
    complete: known.length === jobs.length,
  };
}
