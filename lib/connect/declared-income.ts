import { z } from "zod";

// Shared by the browser forms and the server. The amount stays text from the input to the Decimal
// column: it is never read into a float.

/** More than $10,000,000.00 a month is taken for a typing mistake. */
const MAX_CENTS = 1_000_000_000;

/** "25000", "25,000", "25000.50", "$25,000.50" (commas only as thousands separators). */
const AMOUNT = /^\$?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;

/** Why an amount is refused, as catalog keys (namespace `connect`). */
export const DECLARED_INCOME_MESSAGES = {
  notANumber: "connect.validation.declaredIncome.notANumber",
  negative: "connect.validation.declaredIncome.negative",
  tooManyDecimals: "connect.validation.declaredIncome.tooManyDecimals",
  tooLarge: "connect.validation.declaredIncome.tooLarge",
} as const;

export type DeclaredIncomeParse = { ok: true; value: string | null } | { ok: false; error: string };

/**
 * Reads what the underwriter typed as decimal text with two decimals ("25,000.5" → "25000.50");
 * null when the field was left empty (nothing declared).
 */
export function parseDeclaredIncome(input: string | null | undefined): DeclaredIncomeParse {
  const text = (input ?? "").trim();
  if (text === "") return { ok: true, value: null };
  const match = AMOUNT.exec(text);
  if (!match) {
    const negative = AMOUNT.test(text.replace(/^(\$?\s*)-\s*/, "$1"));
    return {
      ok: false,
      error: negative ? DECLARED_INCOME_MESSAGES.negative : DECLARED_INCOME_MESSAGES.notANumber,
    };
  }
  const [, grouped = "0", fraction = ""] = match;
  if (fraction.length > 2) return { ok: false, error: DECLARED_INCOME_MESSAGES.tooManyDecimals };
  const whole = grouped.replaceAll(",", "").replace(/^0+(?=\d)/, "");
  const cents = fraction.padEnd(2, "0");
  // Eight integer digits are far inside the safe-integer range: the comparison is exact.
  if (whole.length > 8 || Number(whole) * 100 + Number(cents) > MAX_CENTS) {
    return { ok: false, error: DECLARED_INCOME_MESSAGES.tooLarge };
  }
  return { ok: true, value: `${whole}.${cents}` };
}

/** The optional form field: decimal text, or undefined when nothing was declared. */
export const declaredMonthlyIncomeSchema = z
  .string(DECLARED_INCOME_MESSAGES.notANumber)
  .nullish()
  .transform((value, ctx) => {
    const parsed = parseDeclaredIncome(value);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: parsed.error });
      return z.NEVER;
    }
    return parsed.value ?? undefined;
  })
  // Optional on both sides, so code that builds an input (scripts, tests) may leave it out.
  .optional();
