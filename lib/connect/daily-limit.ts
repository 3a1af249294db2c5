/** IMSS refuses a 4th query of the same CURP within 24 hours; each one costs the applicant. */
export const DAILY_QUERY_LIMIT = 3;
export const DAILY_WINDOW_MS = 24 * 60 * 60 * 1000;

export type DailyLimitDecision =
  { allowed: true; remaining: number } | { allowed: false; remaining: 0; availableAt: Date };

/** Decides from the times of earlier queries whether `needed` more fit in the rolling window. */
export function dailyLimitDecision(
  queriedAt: readonly Date[],
  now: Date,
  needed = 1,
): DailyLimitDecision {
  const windowStart = now.getTime() - DAILY_WINDOW_MS;
  const recent = queriedAt
    .filter((at) => at.getTime() > windowStart)
    .sort((a, b) => a.getTime() - b.getTime());
  const remaining = Math.max(0, DAILY_QUERY_LIMIT - recent.length);
  if (remaining >= needed) return { allowed: true, remaining };
  // The window frees one query each time its oldest query turns 24 hours old.
  const freedBy = recent[recent.length - DAILY_QUERY_LIMIT + needed - 1] ?? recent[0] ?? now;
  return {
    allowed: false,
    remaining: 0,
    availableAt: new Date(freedBy.getTime() + DAILY_WINDOW_MS),
  };
}
