import { dayInZone, toDay } from "@/lib/dates";

/** How old data may be before it is aging, then stale: one scale for the page and the queue. */
export const FRESHNESS_DAYS = { fresh: 30, aging: 90 } as const;

export type Freshness = "fresh" | "aging" | "stale";

export interface DataAge {
  /** Whole calendar days from the collection day to today, in the organization's time zone. */
  days: number;
  freshness: Freshness;
}

export function freshnessOf(days: number): Freshness {
  if (days <= FRESHNESS_DAYS.fresh) return "fresh";
  return days <= FRESHNESS_DAYS.aging ? "aging" : "stale";
}

/**
 * The age of a pull today: the one figure that depends on "today" rather than on the data. Both
 * days are read in the organization's time zone.
 */
export function dataAge(collectedAt: string, now: Date, timeZone: string): DataAge {
  const days = Math.max(
    0,
    toDay(dayInZone(now, timeZone)) - toDay(dayInZone(collectedAt, timeZone)),
  );
  return { days, freshness: freshnessOf(days) };
}
