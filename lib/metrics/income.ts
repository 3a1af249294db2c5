import type { DecimalText } from "@/lib/belvo/types/common";
import { divideRounded, fromCents, toCents } from "./cents";
import type { CurrentJob } from "./types";
import type { Institution } from "./types";

export interface Income {
  /** Sum of the latest daily salary of every open job: concurrent jobs are all paid. */
  dailySalary: DecimalText;
  /**
   * Monthly income. IMSS: the daily SBC × 30.4 (the UMA convention). ISSSTE: the monthly salary it
   * reports, summed (its daily figure is that ÷ 30).
   */
  monthlyIncome: DecimalText;
  /**
   * IMSS: daily ÷ 1.0493 × 30.4, an upper bound of cash pay, since the SBC integrates benefits.
   * ISSSTE: the monthly income itself, since its salary is base pay without perks.
   */
  estimatedCashBasePay: DecimalText;
  /** False when some open job has no known salary, so the sum understates income. */
  complete: boolean;
  /**
   * Some open job is at the 25-UMA ceiling: the real income is at least this figure, and the cash
   * pay estimate is a lower bound too.
   */
  atLeast: boolean;
  /** How the monthly figure was obtained, for its help text. */
  method: "imss-daily-x-30.4" | "issste-monthly";
}

/** Daily × 30.4, in cents, rounded half up. */
export function monthlyCents(dailyCents: number): number {
  return divideRounded(dailyCents * 304, 10);
}

/** ISSSTE's monthly salary: as reported, else daily × 30 (Belvo's daily is monthly ÷ 30). */
export function issteMonthlyCents(dailyCents: number, reported?: DecimalText | null): number {
  return reported ? toCents(reported) : dailyCents * 30;
}

/** Daily ÷ 1.0493 × 30.4 = daily × 304,000 ÷ 10,493, in cents, rounded half up. */
export function cashBasePayCents(dailyCents: number): number {
  return divideRounded(dailyCents * 304_000, 10_493);
}

/** Income from the open jobs; null when no open job has a known salary. */
export function currentIncome(options: {
  jobs: readonly CurrentJob[];
  institution: Institution;
}): Income | null {
  const known = options.jobs.filter(
    (job): job is CurrentJob & { dailySalary: DecimalText; monthlySalary: DecimalText } =>
      job.dailySalary !== null && job.monthlySalary !== null,
  );
  if (known.length === 0) return null;
  const sum = (values: DecimalText[]) => values.reduce((total, text) => total + toCents(text), 0);
  const daily = sum(known.map((job) => job.dailySalary));
  const imss = options.institution === "imss";
  // IMSS rounds once, on the sum; ISSSTE sums the monthly figures it reported.
  const monthly = imss ? monthlyCents(daily) : sum(known.map((job) => job.monthlySalary));
  return {
    dailySalary: fromCents(daily),
    monthlyIncome: fromCents(monthly),
    estimatedCashBasePay: fromCents(imss ? cashBasePayCents(daily) : monthly),
    complete: known.length === options.jobs.length,
    atLeast: known.some((job) => job.capped),
    method: imss ? "imss-daily-x-30.4" : "issste-monthly",
  };
}
