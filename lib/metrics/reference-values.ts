// Mexican reference values that bound a daily contribution salary (SBC). The 2023–2025 UMA and
// the 2025 minimum wage are the ones cited in ../shared/domain.md; the other years come from the
// DOF / CONASAMI publications. The app and the Belvo emulator must agree on them, hence one module.

/** Daily UMA in MXN, in force from 1 February of each year to 31 January of the next. */
export const UMA_DAILY: Readonly<Record<number, number>> = {
  2016: 73.04,
  2017: 75.49,
  2018: 80.6,
  2019: 84.49,
  2020: 86.88,
  2021: 89.62,
  2022: 96.22,
  2023: 103.74,
  2024: 108.57,
  2025: 113.14,
  2026: 117.31,
};

/**
 * Daily general minimum wage in MXN, in force from 1 January. Before 2016 the SBC cap was 25 times
 * the Mexico City (zone A) minimum wage, so those years carry the zone A value.
 */
export const MINIMUM_WAGE_DAILY: Readonly<Record<number, number>> = {
  2000: 37.9,
  2001: 40.35,
  2002: 42.15,
  2003: 43.65,
  2004: 45.24,
  2005: 46.8,
  2006: 48.67,
  2007: 50.57,
  2008: 52.59,
  2009: 54.8,
  2010: 57.46,
  2011: 59.82,
  2012: 62.33,
  2013: 64.76,
  2014: 67.29,
  2015: 70.1,
  2016: 73.04,
  2017: 80.04,
  2018: 88.36,
  2019: 102.68,
  2020: 123.22,
  2021: 141.7,
  2022: 172.87,
  2023: 207.44,
  2024: 248.93,
  2025: 278.8,
  2026: 315.04,
};

export const SBC_CAP_UMAS = 25;
/** Days per month used to turn a daily amount into a monthly one (the UMA convention). */
export const DAYS_PER_MONTH = 30.4;
export const FIRST_REFERENCE_YEAR = 2000;
export const LAST_REFERENCE_YEAR = 2026;

function clampYear(year: number): number {
  return Math.min(Math.max(year, FIRST_REFERENCE_YEAR), LAST_REFERENCE_YEAR);
}

function parts(date: string): { year: number; month: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) };
}

/** Minimum wage in force on a `YYYY-MM-DD` date (years outside the table use the nearest one). */
export function minimumWageOn(date: string): number {
  return MINIMUM_WAGE_DAILY[clampYear(parts(date).year)] ?? 0;
}

/**
 * The unit the SBC cap is measured in on a date: the UMA from 1 Feb 2016 (each UMA runs from
 * 1 February), and the zone A minimum wage before it.
 */
export function capUnitOn(date: string): number {
  const { year, month } = parts(date);
  const umaYear = month === 1 ? year - 1 : year;
  if (umaYear < 2016) return MINIMUM_WAGE_DAILY[clampYear(year)] ?? 0;
  return UMA_DAILY[Math.min(umaYear, LAST_REFERENCE_YEAR)] ?? 0;
}

/** The 25-UMA ceiling of the daily SBC on a date, in MXN. */
export function sbcCapOn(date: string): number {
  return Math.round(capUnitOn(date) * SBC_CAP_UMAS * 100) / 100;
}

/** Monthly equivalent of a daily amount, rounded to cents. */
export function monthlyFromDaily(daily: number): number {
  return Math.round(daily * DAYS_PER_MONTH * 100) / 100;
}
