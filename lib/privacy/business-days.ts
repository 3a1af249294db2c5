import { DAY_MS, fromDay, toDay } from "@/lib/dates";

// Business days as Mexico's labour law counts rest days (Ley Federal del Trabajo, art. 74):
// Saturdays, Sundays and the mandatory rest days. The rule-based days below seed the `rest_days`
// table; an admin adds the rest (a 1 October of a change of federal government, a decreed day).

/** `YYYY-MM-DD` of the n-th given weekday (0 Sunday … 6 Saturday) of a month (1–12). */
function nthWeekday(year: number, month: number, weekday: number, n: number): string {
  const first = toDay(`${year}-${String(month).padStart(2, "0")}-01`);
  const offset = (weekday - new Date(first * DAY_MS).getUTCDay() + 7) % 7;
  return fromDay(first + offset + (n - 1) * 7);
}

/**
 * The mandatory rest days of a year that follow a fixed rule: 1 January, the first Monday of
 * February, the third Monday of March, 1 May, 16 September, the third Monday of November,
 * 25 December, and 1 October every six years from 2024 (a new federal government).
 */
export function statutoryRestDays(year: number): { day: string; name: string }[] {
  const on = (month: number, day: number) =>
    `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return [
    { day: on(1, 1), name: "new-year" },
    { day: nthWeekday(year, 2, 1, 1), name: "constitution" },
    { day: nthWeekday(year, 3, 1, 3), name: "juarez" },
    { day: on(5, 1), name: "labour" },
    { day: on(9, 16), name: "independence" },
    ...((year - 2024) % 6 === 0 ? [{ day: on(10, 1), name: "government-change" }] : []),
    { day: nthWeekday(year, 11, 1, 3), name: "revolution" },
    { day: on(12, 25), name: "christmas" },
  ];
}

function isBusinessDay(day: number, restDays: ReadonlySet<string>): boolean {
  const weekday = new Date(day * DAY_MS).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !restDays.has(fromDay(day));
}

/**
 * The day a period of `count` business days ends, counted from the first business day after
 * `start` (a request received on a Friday starts counting on Monday): `YYYY-MM-DD`.
 */
export function addBusinessDays(
  start: string,
  count: number,
  restDays: ReadonlySet<string>,
): string {
  let day = toDay(start);
  for (let left = count; left > 0;) {
    day += 1;
    if (isBusinessDay(day, restDays)) left -= 1;
  }
  return fromDay(day);
}

/** Business days from `from` (exclusive) to `to` (inclusive); negative when `to` is earlier. */
export function businessDaysBetween(
  from: string,
  to: string,
  restDays: ReadonlySet<string>,
): number {
  const [a, b] = [toDay(from), toDay(to)];
  const sign = b >= a ? 1 : -1;
  let count = 0;
  for (let day = Math.min(a, b) + 1; day <= Math.max(a, b); day++)
    if (isBusinessDay(day, restDays)) count++;
  return sign * count;
}
