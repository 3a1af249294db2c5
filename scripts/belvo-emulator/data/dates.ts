// All history dates are UTC calendar days as `YYYY-MM-DD`; arithmetic goes through epoch days so
// that no local time zone can shift a date.
const DAY_MS = 86_400_000;

export function toEpochDay(date: string): number {
  return Math.floor(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / DAY_MS);
}

export function fromEpochDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromEpochDay(toEpochDay(date) + days);
}

export function daysBetween(from: string, to: string): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** Weeks covered by an inclusive date span, floored: IMSS counts both the first and the last day. */
export function weeksInSpan(start: string, end: string): number {
  return Math.floor((daysBetween(start, end) + 1) / 7);
}

export function isValidDate(date: string): boolean {
  const ms = Date.parse(`${date}T00:00:00Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === date;
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
