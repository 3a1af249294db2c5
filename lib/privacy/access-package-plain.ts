import { decryptField } from "@/lib/crypto/field-encryption";
import { Prisma } from "@/lib/generated/prisma/client";

// A database row as plain JSON: instants as ISO 8601, amounts as decimal text. Calendar days
// (`@db.Date` columns) are set apart by each section with `isoDay`, so no day shifts a zone.

type Cell<V> = V extends Date ? string : V extends Prisma.Decimal ? string : V;

export type PlainRow<T> = { [K in keyof T]: Cell<T[K]> };

function cell(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  // Every decimal column is an amount of money with two places (`@db.Decimal(12, 2)`).
  if (Prisma.Decimal.isDecimal(value)) return value.toFixed(2);
  return value;
}

export function plainRow<T extends object>(row: T): PlainRow<T> {
  return Object.fromEntries(
    Object.entries(row).map(([key, value]) => [key, cell(value)]),
  ) as PlainRow<T>;
}

export const plainRows = <T extends object>(rows: T[]) => rows.map(plainRow);

/** An encrypted identifier in clear (the person is entitled to it); null stays null. */
export const revealed = (ciphertext: string | null) =>
  ciphertext === null ? null : decryptField(ciphertext);

/** An encrypted JSON payload (a record as Belvo sent it), parsed. */
export const revealedJson = (ciphertext: string): Prisma.JsonValue =>
  JSON.parse(decryptField(ciphertext)) as Prisma.JsonValue;

/** Awaits every promise of an object, keeping each one's key and type. */
export async function allOf<T extends object>(
  promises: T,
): Promise<{ [K in keyof T]: Awaited<T[K]> }> {
  const entries = await Promise.all(
    Object.entries(promises).map(async ([key, promise]) => [key, await promise] as const),
  );
  return Object.fromEntries(entries) as { [K in keyof T]: Awaited<T[K]> };
}
