// The one place amounts, dates and ratios become text. The locale and the time zone are always
// explicit so nothing depends on the server's or the browser's defaults. Calendar days
// (`YYYY-MM-DD`, as IMSS dates are) are shown as they are; instants are read in the organization's
// time zone, which every caller passes (getOrganizationSettings() on the server, useTimeZone() in
// a client component), so no instant silently falls back to UTC.
import { DAY_MS, dayInZone, toDay } from "@/lib/dates";

export const DEFAULT_LOCALE = "es-MX";

export interface FormatOptions {
  locale?: string;
}

export interface PercentOptions extends FormatOptions {
  /** Show "+" on increases, for changes rather than shares. */
  signed?: boolean;
  maximumFractionDigits?: number;
}

// Building an Intl formatter costs far more than using one, and a queue page formats thousands.
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  const hit = cache.get(key);
  if (hit) return hit as T;
  const made = make();
  cache.set(key, made);
  return made;
}

/** MXN with cents. Decimal text is formatted exactly, without passing through a float. */
export function formatMXN(amount: string | number, options: FormatOptions = {}): string {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const format = cached(
    `mxn:${locale}`,
    () => new Intl.NumberFormat(locale, { style: "currency", currency: "MXN" }),
  );
  return format.format(typeof amount === "string" ? (amount as `${number}`) : amount);
}

/** MXN rounded to whole pesos, for axis ticks and other places where cents are noise. */
export function formatMXNWhole(amount: number, options: FormatOptions = {}): string {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const format = cached(
    `mxn-whole:${locale}`,
    () =>
      new Intl.NumberFormat(locale, {
        style: "currency",
        currency: "MXN",
        maximumFractionDigits: 0,
        minimumFractionDigits: 0,
      }),
  );
  return format.format(amount);
}

export interface DateOptions extends FormatOptions {
  /** "14 mar": for labels inside a span the reader already knows, such as the last few weeks. */
  withoutYear?: boolean;
  /**
   * The IANA zone a full timestamp is read in (the organization's): required for an instant,
   * whose day depends on it; a calendar day (`YYYY-MM-DD`) ignores it.
   */
  timeZone?: string;
}

export interface DateTimeOptions extends FormatOptions {
  /** The IANA zone the instant is shown in: the organization's. */
  timeZone: string;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T/;

/**
 * A calendar day such as "14 mar 2024". Accepts `YYYY-MM-DD`, shown as it is, or a full ISO
 * timestamp, shown as the day it falls on in `options.timeZone` (2026-11-18T01:00Z is 17 Nov in
 * Mexico City); a timestamp without a time zone is an error, not a UTC day.
 */
export function formatDate(iso: string, options: DateOptions = {}): string {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const year = options.withoutYear ? undefined : "numeric";
  const format = cached(
    `date:${locale}:${year ?? "no-year"}`,
    () =>
      new Intl.DateTimeFormat(locale, {
        day: "numeric",
        month: "short",
        year,
        timeZone: "UTC",
      }),
  );
  let day = iso;
  if (!ISO_DAY.test(iso)) {
    if (!ISO_TIMESTAMP.test(iso) || Number.isNaN(Date.parse(iso)))
      throw new RangeError(`Not an ISO date: ${iso}`);
    if (!options.timeZone) throw new RangeError(`A timestamp needs a time zone: ${iso}`);
    day = dayInZone(iso, options.timeZone);
  }
  // toDay throws a RangeError for a day that does not exist, such as 30 February.
  return format.format(new Date(toDay(day) * DAY_MS));
}

/**
 * An instant with its time in the given zone, on a 24-hour clock, followed by the zone's UTC offset
 * so it reads the same anywhere: "26 nov 2026, 02:05 GMT-6" in America/Mexico_City.
 */
export function formatDateTime(iso: string, options: DateTimeOptions): string {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const { timeZone } = options;
  const format = cached(
    `datetime:${locale}:${timeZone}`,
    () =>
      new Intl.DateTimeFormat(locale, {
        day: "numeric",
        month: "short",
        year: "numeric",
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
        timeZone,
        // "GMT-6" in every locale, where "short" gives an ambiguous "CST" in some.
        timeZoneName: "shortOffset",
      }),
  );
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`Not an ISO timestamp: ${iso}`);
  return format.format(instant);
}

export function formatNumber(
  value: number,
  options: FormatOptions & { maximumFractionDigits?: number } = {},
): string {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const digits = options.maximumFractionDigits ?? 0;
  const format = cached(
    `number:${locale}:${digits}`,
    () => new Intl.NumberFormat(locale, { maximumFractionDigits: digits }),
  );
  return format.format(value);
}

/** A ratio as a percentage: 0.053 → "5.3%". */
export function formatPercent(ratio: number, options: PercentOptions = {}): string {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const digits = options.maximumFractionDigits ?? 1;
  const sign = options.signed ? "exceptZero" : "auto";
  const format = cached(
    `percent:${locale}:${digits}:${sign}`,
    () =>
      new Intl.NumberFormat(locale, {
        style: "percent",
        maximumFractionDigits: digits,
        signDisplay: sign,
      }),
  );
  return format.format(ratio);
}

const DAYS_PER_MONTH = 365.25 / 12;

/**
 * The one way Cotiza splits a span of days for a person to read (tenure, durations, "how long
 * ago"): whole years and months, or days under a month. Months are 365.25 ÷ 12 days.
 */
export function spanParts(days: number): { years: number; months: number; days: number } {
  const months = Math.floor(Math.max(days, 0) / DAYS_PER_MONTH);
  if (months < 1) return { years: 0, months: 0, days: Math.max(days, 0) };
  return { years: Math.floor(months / 12), months: months % 12, days: 0 };
}
