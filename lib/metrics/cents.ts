import type { DecimalText } from "@/lib/belvo/types/common";

// Amounts are computed as integer cents: decimal text in, decimal text out, no float in between.

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/** Decimal text to cents; a third fraction digit rounds half away from zero. */
export function toCents(text: DecimalText): number {
  const match = DECIMAL.exec(text.trim());
  if (!match) throw new RangeError(`Not decimal text: ${text}`);
  const [, sign, whole = "0", fraction = ""] = match;
  const padded = fraction.padEnd(3, "0");
  const cents = Number(whole) * 100 + Number(padded.slice(0, 2)) + (Number(padded[2]) >= 5 ? 1 : 0);
  return sign === "-" ? -cents : cents;
}

export function fromCents(cents: number): DecimalText {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** numerator ÷ denominator rounded half up, exactly, for non-negative integers. */
export function divideRounded(numerator: number, denominator: number): number {
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}
