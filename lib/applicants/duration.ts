import { formatNumber } from "@/lib/format";
import type { FormatOptions } from "@/lib/format";

/** A span of days as years (from one year), months (from one month) or weeks, with the locale's digits. */
export function formatDuration(days: number, options: FormatOptions = {}): string {
  if (days >= 365) {
    const years = formatNumber(days / 365.25, { ...options, maximumFractionDigits: 1 });
    return `${years} ${years === "1" ? "year" : "years"}`;
  }
  if (days >= 30) {
    const months = Math.floor(days / 30.4);
    return `${formatNumber(months, options)} ${months === 1 ? "month" : "months"}`;
  }
  const weeks = Math.floor(days / 7);
  if (weeks >= 1) return `${formatNumber(weeks, options)} ${weeks === 1 ? "week" : "weeks"}`;
  return `${formatNumber(days, options)} ${days === 1 ? "day" : "days"}`;
}

/** Days a job lasted up to the as-of day (both ends counted). */
export function jobDays(job: { startDate: string; endDate: string | null }, asOf: string): number {
  const end = job.endDate && job.endDate < asOf ? job.endDate : asOf;
  const ms = Date.parse(`${end}T00:00:00Z`) - Date.parse(`${job.startDate}T00:00:00Z`);
  return Math.max(Math.round(ms / 86_400_000) + 1, 1);
}

/** Whole days from `start` (a date) to the UTC day of `now`; null without a start. */
export function daysSince(start: Date | null, now: Date): number | null {
  if (!start) return null;
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Math.max(0, Math.floor((today - start.getTime()) / 86_400_000));
}
