import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { dayInZone } from "@/lib/dates";

/** `COT-2026-000123`: the year the report was issued in (the organization's time zone), numbered. */
export function formatFolio(year: number, number: number): string {
  return `COT-${year}-${String(number).padStart(6, "0")}`;
}

export const FOLIO_PATTERN = /^COT-\d{4}-\d{6,}$/;

/** A folio as a person may type it (spaces, lower case) in its one written form; null if none. */
export function normalizeFolio(text: string): string | null {
  const folio = text.trim().toUpperCase();
  return FOLIO_PATTERN.test(folio) ? folio : null;
}

/**
 * The next folio of the year `issuedAt` falls in: one statement increments that year's counter
 * row, so two reports issued at once never share a number, on any replica. Called inside the
 * transaction that stores the report: the row stays locked until it commits, and a report that is
 * never stored gives its number back (no gaps).
 */
export async function nextFolio(
  tx: Prisma.TransactionClient,
  issuedAt: Date,
  timeZone: string,
): Promise<string> {
  const year = Number(dayInZone(issuedAt, timeZone).slice(0, 4));
  const [row] = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO report_folio_counters (year, last) VALUES (${year}::integer, 1)
    ON CONFLICT (year) DO UPDATE SET last = report_folio_counters.last + 1
    RETURNING last`;
  if (!row) throw new Error("The folio counter returned no row.");
  return formatFolio(year, row.last);
}
