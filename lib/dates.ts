// Calendar arithmetic, the one home for it. IMSS dates are calendar days, not instants, so days
// are whole UTC day numbers (days since 1970-01-01): differences are exact day counts and the
// server's time zone never shifts a date.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
export const DAY_MS = 86_400_000;

export function toDay(iso: string): number {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${iso}`);
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const ms = Date.UTC(year, month - 1, day);
  if (new Date(ms).getUTCDate() !== day) throw new RangeError(`No such date: ${iso}`);
  return ms / DAY_MS;
}

export function fromDay(day: number): string {
  return isoDate(new Date(day * DAY_MS));
}

/** The UTC calendar day of an instant, `YYYY-MM-DD`. */
export function isoDate(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** `isoDate` for a column that may be empty. */
export function isoDay(instant: Date | null): string | null {
  return instant ? isoDate(instant) : null;
}

/** The UTC calendar day of a date or a timestamp ("2024-03-14T23:30:00-06:00" → 15 Mar). */
export function dayOfInstant(iso: string): number {
  if (ISO_DATE.test(iso)) return toDay(iso);
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`Not an ISO timestamp: ${iso}`);
  return Math.floor(ms / DAY_MS);
}

/**
 * The same day of the month `months` later (or earlier, when negative), clamped to the month's
 * last day: 31 Aug 2024 − 6 months = 29 Feb 2024.
 */
export function addMonths(day: number, months: number): number {
  const date = new Date(day * DAY_MS);
  const target = date.getUTCFullYear() * 12 + date.getUTCMonth() + months;
  const year = Math.floor(target / 12);
  const month = target - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)) / DAY_MS;
}

/** Whole weeks in a number of days (partial weeks do not count). */
export function weeksIn(days: number): number {
  return Math.floor(days / 7);
}

/** The instant `days` whole days before `instant`. */
export function daysBefore(instant: Date, days: number): Date {
  return new Date(instant.getTime() - days * DAY_MS);
}

/** Days a job lasted up to the as-of day (both ends counted). */
export function jobDays(job: { startDate: string; endDate: string | null }, asOf: string): number {
  const end = job.endDate && job.endDate < asOf ? job.endDate : asOf;
  return Math.max(toDay(end) - toDay(job.startDate) + 1, 1);
}

/**
 * Whole days from `start` (a date, stored as its UTC midnight) to the day `now` falls on in
 * `timeZone`; null without a start.
 */
export function daysSince(start: Date | null, now: Date, timeZone: string): number | null {
  if (!start) return null;
  return Math.max(0, toDay(dayInZone(now, timeZone)) - Math.floor(start.getTime() / DAY_MS));
}

/** The Monday (`YYYY-MM-DD`) that starts the ISO week holding `instant`, in `timeZone`. */
export function isoWeekStart(instant: Date, timeZone: string): string {
  const day = toDay(dayInZone(instant, timeZone));
  // Day 0 (1 Jan 1970) was a Thursday, three days after a Monday.
  const daysSinceMonday = (((day + 3) % 7) + 7) % 7;
  return fromDay(day - daysSinceMonday);
}

/** The last `count` ISO weeks (in `timeZone`) up to and including the one holding `now`, oldest first. */
export function lastIsoWeeks(now: Date, count: number, timeZone: string): string[] {
  const current = toDay(isoWeekStart(now, timeZone));
  return Array.from({ length: count }, (_, i) => fromDay(current - (count - 1 - i) * 7));
}

const zoneDays = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar day (`YYYY-MM-DD`) an instant falls on in an IANA time zone: 2026-11-18T01:00Z is
 * still 17 Nov in America/Mexico_City.
 */
export function dayInZone(instant: Date | string, timeZone: string): string {
  let format = zoneDays.get(timeZone);
  if (!format) {
    // en-CA writes dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
    zoneDays.set(timeZone, format);
  }
  const date = typeof instant === "string" ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not an instant: ${String(instant)}`);
  return format.format(date);
}

/**
 * The first instant of a calendar day in an IANA time zone: 2026-11-17 starts at 06:00Z in
 * America/Mexico_City. A day whose midnight a DST change skips starts when the clock jumps.
 */
export function startOfDayInZone(day: string, timeZone: string): Date {
  // UTC offsets lie within ±18 hours: search that window for the first instant on `day` or later.
  let low = toDay(day) * DAY_MS - 18 * 3_600_000;
  let high = low + 36 * 3_600_000;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (dayInZone(new Date(middle), timeZone) < day) low = middle;
    else high = middle;
  }
  return new Date(high);
}

/** Whether a string names an IANA time zone this runtime knows. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return name.length > 0;
  } catch {
    return false;
  }
}
