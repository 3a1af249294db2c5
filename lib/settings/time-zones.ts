import { isTimeZone } from "@/lib/dates";

/** Mexico's IANA zones, the ones a Mexican lender most likely wants, listed first. */
export const MEXICO_TIME_ZONES = [
  "America/Mexico_City",
  "America/Cancun",
  "America/Chihuahua",
  "America/Ciudad_Juarez",
  "America/Hermosillo",
  "America/Mazatlan",
  "America/Tijuana",
  "America/Matamoros",
  "America/Monterrey",
  "America/Merida",
  "America/Bahia_Banderas",
  "America/Ojinaga",
] as const;

export type TimeZoneChoices = { mexico: string[]; others: string[] };

/**
 * The zones the time zone select offers: Mexico's first, then every other zone this runtime knows
 * (`Intl.supportedValuesOf`), without repeats. `current` is always offered, so a saved zone stays
 * selectable even if the runtime's list leaves it out (it lists canonical names only).
 */
export function timeZoneChoices(
  current: string,
  supported: readonly string[] = Intl.supportedValuesOf("timeZone"),
): TimeZoneChoices {
  const mexico: string[] = MEXICO_TIME_ZONES.filter(isTimeZone);
  const listed = new Set(mexico);
  const others = supported.filter((zone) => !listed.has(zone));
  if (isTimeZone(current) && !listed.has(current) && !others.includes(current))
    others.unshift(current);
  return { mexico, others };
}
