import { formatNumber } from "@/lib/format";

const DAYS_PER_MONTH = 365.25 / 12;

/** Tenure from a day count, compact for a table cell: "6 yr 10 mo", "3 mo", "12 d". */
export function formatTenure(days: number, locale?: string): string {
  const months = Math.floor(days / DAYS_PER_MONTH);
  if (months < 1) return `${formatNumber(days, { locale })} d`;
  const years = Math.floor(months / 12);
  const rest = months % 12;
  if (years === 0) return `${formatNumber(rest, { locale })} mo`;
  const y = `${formatNumber(years, { locale })} yr`;
  return rest === 0 ? y : `${y} ${formatNumber(rest, { locale })} mo`;
}
