import { dayInZone } from "@/lib/dates";
import { env } from "@/lib/env";

/**
 * A clock: real time, or one pinned at an ISO instant. Either way every reading is later than the
 * one before (by a millisecond when they fall in the same one), so records written in quick
 * succession (a decision and its audit event) keep the order they happened in. A pinned clock
 * moves only that way, so every time a person sees (to the minute) is the same on each run.
 */
export function createClock(pinnedAt?: string): () => Date {
  let last = pinnedAt ? Date.parse(pinnedAt) - 1 : 0;
  return () => {
    last = pinnedAt ? last + 1 : Math.max(Date.now(), last + 1);
    return new Date(last);
  };
}

let clock: (() => Date) | undefined;

/**
 * "Now" for what the app shows and filters by (ages, tenure, the data's as-of day, the times of
 * decisions and audit events). COTIZA_NOW pins it for demos. Limits that protect real resources
 * (IMSS's daily queries, sessions, job retries) keep real time.
 */
export function now(): Date {
  clock ??= createClock(env().COTIZA_NOW);
  return clock();
}

/**
 * Today's calendar day (`YYYY-MM-DD`) in an IANA time zone, the organization's
 * (`getOrganizationSettings().timeZone`): from 18:00 in Mexico City, UTC is already tomorrow.
 */
export function today(timeZone: string): string {
  return dayInZone(now(), timeZone);
}
