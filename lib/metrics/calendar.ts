// Dates as whole UTC day numbers (days since 1970-01-01), so differences are exact day counts and
// the server's time zone never shifts a date.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export function toDay(iso: string): number {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${iso}`);
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const ms = Date.UTC(year, month - 1, day);
  if (new Date(ms).getUTCDate() !== day) throw new RangeError(`No such date: ${iso}`);
  return ms / MS_PER_DAY;
}

export function fromDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The UTC calendar day of a date or a timestamp ("2024-03-14T23:30:00-06:00" → 15 Mar). */
export function dayOfInstant(iso: string): number {
  if (ISO_DATE.test(iso)) return toDay(iso);
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`Not an ISO timestamp: ${iso}`);
  return Math.floor(ms / MS_PER_DAY);
}

/**
 * The same day of the month `months` later (or earlier, when negative), clamped to the month's
 * last day: 31 Aug 2024 − 6 months = 29 Feb 2024.
 */
export function addMonths(day: number, months: number): number {
  const date = new Date(day * MS_PER_DAY);
  const target = date.getUTCFullYear() * 12 + date.getUTCMonth() + months;
  const year = Math.floor(target / 12);
  const month = target - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)) / MS_PER_DAY;
}

/** Whole weeks in a number of days (partial weeks do not count). */
export function weeksIn(days: number): number {
  return Math.floor(days / 7);
}
