import { dayInZone } from "@/lib/dates";
import { FIRST_UMA_YEAR } from "./input";

type YearValues = { year: number; umaDaily: number | null };

/** What is missing, as `settings.reference.warning.<message>` with the year. */
export type ReferenceWarning = { message: "missingYear" | "missingUma"; year: number };

/**
 * What Settings warns about when the current calendar year (in the organization's time zone) has
 * no reference values, or, from February (when a year's UMA takes effect), no UMA: the figures then
 * cannot check salary ceilings for that year's movements. Null when nothing is missing.
 */
export function missingReferenceWarning(
  years: readonly YearValues[],
  now: Date,
  timeZone: string,
): ReferenceWarning | null {
  const day = dayInZone(now, timeZone);
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const row = years.find((candidate) => candidate.year === year);
  if (!row) return { message: "missingYear", year };
  if (month >= 2 && year >= FIRST_UMA_YEAR && row.umaDaily === null)
    return { message: "missingUma", year };
  return null;
}
