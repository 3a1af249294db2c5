import { yearOf } from "./dates";

/**
 * Rough average daily SBC of IMSS workers per year (MXN), used only to make generated salaries
 * move like real ones (the minimum wage quadrupled after 2018, typical pay did not).
 * Approximations for synthetic data, not reference values.
 */
const AVERAGE_SBC: Readonly<Record<number, number>> = {
  2000: 120,
  2002: 140,
  2004: 160,
  2006: 185,
  2008: 210,
  2010: 240,
  2012: 262,
  2014: 285,
  2016: 310,
  2018: 345,
  2019: 370,
  2020: 400,
  2021: 425,
  2022: 460,
  2023: 510,
  2024: 560,
  2025: 600,
  2026: 640,
};

export function typicalWageOn(date: string): number {
  const year = Math.min(Math.max(yearOf(date), 2000), 2026);
  for (let y = year; y >= 2000; y -= 1) {
    const value = AVERAGE_SBC[y];
    if (value !== undefined) {
      const next = AVERAGE_SBC[y + 2] ?? AVERAGE_SBC[y + 1];
      // Interpolate the odd years of the early table.
      return y === year || next === undefined ? value : (value + next) / 2;
    }
  }
  return 120;
}
