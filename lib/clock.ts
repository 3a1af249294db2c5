import { env } from "@/lib/env";

/**
 * A clock: real time, or one pinned at an ISO instant. A pinned clock still moves one millisecond
 * per reading, so records written during a demo keep the order they happened in, while every time
 * a person sees (to the minute) comes out the same on each run.
 */
export function createClock(pinnedAt?: string): () => Date {
  if (!pinnedAt) return () => new Date();
  let last = Date.parse(pinnedAt) - 1;
  return () => {
    last += 1;
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

/** Today's calendar day in UTC, `YYYY-MM-DD`. */
export function today(): string {
  return now().toISOString().slice(0, 10);
}
