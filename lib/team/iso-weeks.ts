const DAY_MS = 24 * 60 * 60 * 1000;

/** The Monday (UTC, `YYYY-MM-DD`) that starts the ISO week holding `instant`. */
export function isoWeekStart(instant: Date): string {
  const midnight = Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate());
  const daysSinceMonday = (instant.getUTCDay() + 6) % 7;
  return new Date(midnight - daysSinceMonday * DAY_MS).toISOString().slice(0, 10);
}

/** The last `count` ISO weeks up to and including the one holding `now`, oldest first. */
export function lastIsoWeeks(now: Date, count: number): string[] {
  const current = Date.parse(`${isoWeekStart(now)}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) =>
    new Date(current - (count - 1 - i) * 7 * DAY_MS).toISOString().slice(0, 10),
  );
}
