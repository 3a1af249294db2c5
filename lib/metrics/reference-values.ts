// Mexican reference values that bound a daily contribution salary (SBC). The published values are
// seeded into the `reference_years` table by its migration; an admin adds a year in Settings when
// the DOF / CONASAMI publish it. The figures take the table as data: a date in a year without
// values has no ceiling, and the page says so instead of borrowing another year's.

export interface ReferenceYear {
  year: number;
  /** Daily UMA in MXN, in force from 1 February to 31 January; null before 2016. */
  umaDaily: number | null;
  /** Daily general minimum wage in MXN, in force from 1 January (zone A before 2016). */
  minimumWageDaily: number;
  /** Daily minimum wage of the northern border zone (ZLFN), from 2019. */
  minimumWageBorderDaily: number | null;
}

const year = (
  y: number,
  umaDaily: number | null,
  minimumWageDaily: number,
  minimumWageBorderDaily: number | null = null,
): ReferenceYear => ({ year: y, umaDaily, minimumWageDaily, minimumWageBorderDaily });

/**
 * The values published up to 2026 (the 2023–2025 UMA and the 2025 minimum wages are the ones cited
 * in ../shared/domain.md). Before 2016 the SBC cap was 25 times the Mexico City (zone A) minimum
 * wage, so those years carry the zone A value. The migration that creates `reference_years` seeds
 * exactly these rows.
 */
export const PUBLISHED_REFERENCE_YEARS: readonly ReferenceYear[] = [
  year(2000, null, 37.9),
  year(2001, null, 40.35),
  year(2002, null, 42.15),
  year(2003, null, 43.65),
  year(2004, null, 45.24),
  year(2005, null, 46.8),
  year(2006, null, 48.67),
  year(2007, null, 50.57),
  year(2008, null, 52.59),
  year(2009, null, 54.8),
  year(2010, null, 57.46),
  year(2011, null, 59.82),
  year(2012, null, 62.33),
  year(2013, null, 64.76),
  year(2014, null, 67.29),
  year(2015, null, 70.1),
  year(2016, 73.04, 73.04),
  year(2017, 75.49, 80.04),
  year(2018, 80.6, 88.36),
  year(2019, 84.49, 102.68, 176.72),
  year(2020, 86.88, 123.22, 185.56),
  year(2021, 89.62, 141.7, 213.39),
  year(2022, 96.22, 172.87, 260.34),
  year(2023, 103.74, 207.44, 312.41),
  year(2024, 108.57, 248.93, 374.89),
  year(2025, 113.14, 278.8, 419.88),
  year(2026, 117.31, 315.04, 440.87),
];

/** Reference values by year. */
export type ReferenceTable = ReadonlyMap<number, ReferenceYear>;

export function referenceTable(years: readonly ReferenceYear[]): ReferenceTable {
  return new Map(years.map((row) => [row.year, row]));
}

export const PUBLISHED_REFERENCES: ReferenceTable = referenceTable(PUBLISHED_REFERENCE_YEARS);

export const SBC_CAP_UMAS = 25;
/** Days per month used to turn a daily amount into a monthly one (the UMA convention). */
export const DAYS_PER_MONTH = 30.4;
/** The first year the UMA (not the minimum wage) measures the ceiling. */
const FIRST_UMA_YEAR = 2016;

function parts(date: string): { year: number; month: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) };
}

/**
 * The year whose values measure the SBC ceiling on a date: each UMA runs from 1 February, so a
 * January date uses the previous year's (from 2016 on).
 */
export function ceilingYearOf(date: string): number {
  const { year, month } = parts(date);
  const umaYear = month === 1 ? year - 1 : year;
  return umaYear < FIRST_UMA_YEAR ? year : umaYear;
}

/** The unit the SBC ceiling is measured in on a date, or null when its year has no values. */
export function capUnitOn(
  date: string,
  table: ReferenceTable = PUBLISHED_REFERENCES,
): number | null {
  return capUnitOf(table.get(ceilingYearOf(date)));
}

function capUnitOf(row: ReferenceYear | undefined): number | null {
  if (!row) return null;
  return row.year < FIRST_UMA_YEAR ? row.minimumWageDaily : row.umaDaily;
}

/** The 25-UMA ceiling of the daily SBC on a date in MXN, or null when its year has no values. */
export function sbcCapOn(
  date: string,
  table: ReferenceTable = PUBLISHED_REFERENCES,
): number | null {
  const unit = capUnitOn(date, table);
  return unit === null ? null : Math.round(unit * SBC_CAP_UMAS * 100) / 100;
}

/** Monthly equivalent of a daily amount, rounded to cents. */
export function monthlyFromDaily(daily: number): number {
  return Math.round(daily * DAYS_PER_MONTH * 100) / 100;
}

// The emulator synthesizes records for any day, so it needs a value for every date: it borrows the
// nearest published year. The app never does (see `sbcCapOn`).
const FIRST_PUBLISHED = PUBLISHED_REFERENCE_YEARS[0]?.year ?? 2000;
const LAST_PUBLISHED = PUBLISHED_REFERENCE_YEARS.at(-1)?.year ?? 2026;
const nearestYear = (year: number) => Math.min(Math.max(year, FIRST_PUBLISHED), LAST_PUBLISHED);

/** For synthesized records only: the ceiling on a date, from the nearest published year. */
export function nearestSbcCapOn(date: string): number {
  const unit = capUnitOf(PUBLISHED_REFERENCES.get(nearestYear(ceilingYearOf(date))));
  return unit === null ? 0 : Math.round(unit * SBC_CAP_UMAS * 100) / 100;
}

/** For synthesized records only: the general minimum wage on a date, nearest published year. */
export function nearestMinimumWageOn(date: string): number {
  const year = nearestYear(Number(date.slice(0, 4)));
  return PUBLISHED_REFERENCES.get(year)?.minimumWageDaily ?? 0;
}
