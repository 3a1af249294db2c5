import { z } from "zod";
import { isTimeZone } from "@/lib/dates";

// Shared by the Settings forms (checked in the browser first) and the server actions (checked
// again: the browser is never trusted). Inputs arrive as form text or as numbers; both parse.

export const FLAG_WINDOW_MONTHS = { min: 1, max: 120 } as const;
export const DECLARED_INCOME_TOLERANCE_PCT = { min: 0, max: 200 } as const;
export const REFERENCE_YEARS = { min: 2000, max: 2100 } as const;
/** The UMA measures the SBC ceiling from this year on; before it, the minimum wage did. */
export const FIRST_UMA_YEAR = 2016;
/** The northern border zone (ZLFN) has its own minimum wage from this year on. */
export const FIRST_BORDER_ZONE_YEAR = 2019;
/** What a `numeric(10, 2)` column holds. */
const MAX_AMOUNT = 99_999_999.99;

/** A whole number within bounds, from a number or its text; anything else gets `message`. */
function wholeNumber(min: number, max: number, message: string) {
  return z
    .unknown()
    .optional()
    .transform((value, ctx) => {
      const number =
        typeof value === "number"
          ? value
          : typeof value === "string" && /^\s*-?\d+\s*$/.test(value)
            ? Number(value)
            : Number.NaN;
      if (Number.isInteger(number) && number >= min && number <= max) return number;
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    });
}

const AMOUNT_TEXT = /^\d+(\.\d{1,2})?$/;
const AMOUNT_SHAPE = "Enter an amount in pesos with at most two decimals, such as 117.31.";

/**
 * A daily amount in pesos, more than zero with at most two decimals, from a number or its text;
 * empty is null when `missing` is null, else refused with that message.
 */
function parseAmount(value: unknown, ctx: z.RefinementCtx, missing: string | null) {
  const text = typeof value === "number" ? String(value) : typeof value === "string" ? value : "";
  const trimmed = text.trim().replace(/,/g, "");
  if (trimmed === "") {
    if (missing === null) return null;
    ctx.addIssue({ code: "custom", message: missing });
    return z.NEVER;
  }
  const number = Number(trimmed);
  if (number <= 0) {
    ctx.addIssue({ code: "custom", message: "Enter an amount more than zero." });
    return z.NEVER;
  }
  if (!AMOUNT_TEXT.test(trimmed) || number > MAX_AMOUNT) {
    ctx.addIssue({ code: "custom", message: AMOUNT_SHAPE });
    return z.NEVER;
  }
  return number;
}

const requiredAmount = (missing: string) =>
  z
    .unknown()
    .optional()
    .transform((value, ctx): number => parseAmount(value, ctx, missing) as number);
const optionalAmount = () =>
  z
    .unknown()
    .optional()
    .transform((value, ctx): number | null => parseAmount(value, ctx, null));

export const figureSettingsSchema = z.object({
  timeZone: z
    .string("Choose a time zone.")
    .trim()
    .refine(isTimeZone, "Choose a time zone from the list."),
  flagWindowMonths: wholeNumber(
    FLAG_WINDOW_MONTHS.min,
    FLAG_WINDOW_MONTHS.max,
    `Enter a whole number of months from ${FLAG_WINDOW_MONTHS.min} to ${FLAG_WINDOW_MONTHS.max}.`,
  ),
  declaredIncomeTolerancePct: wholeNumber(
    DECLARED_INCOME_TOLERANCE_PCT.min,
    DECLARED_INCOME_TOLERANCE_PCT.max,
    `Enter a whole percentage from ${DECLARED_INCOME_TOLERANCE_PCT.min} to ${DECLARED_INCOME_TOLERANCE_PCT.max}.`,
  ),
});

export type FigureSettingsInput = z.output<typeof figureSettingsSchema>;
export const FIGURE_SETTINGS_FIELDS = [
  "timeZone",
  "flagWindowMonths",
  "declaredIncomeTolerancePct",
] as const satisfies readonly (keyof FigureSettingsInput)[];

export const referenceYearSchema = z
  .object({
    /** "add" refuses a year that already has values; "edit" changes one that does. */
    intent: z.enum(["add", "edit"], "Choose whether to add or edit a year."),
    year: wholeNumber(
      REFERENCE_YEARS.min,
      REFERENCE_YEARS.max,
      `Enter a year from ${REFERENCE_YEARS.min} to ${REFERENCE_YEARS.max}.`,
    ),
    umaDaily: optionalAmount(),
    minimumWageDaily: requiredAmount("Enter the general minimum wage."),
    minimumWageBorderDaily: optionalAmount(),
  })
  .superRefine((input, ctx) => {
    if (input.year >= FIRST_UMA_YEAR && input.umaDaily === null)
      ctx.addIssue({
        code: "custom",
        path: ["umaDaily"],
        message: `Enter the UMA: it is required from ${FIRST_UMA_YEAR}.`,
      });
    if (input.year < FIRST_UMA_YEAR && input.umaDaily !== null)
      ctx.addIssue({
        code: "custom",
        path: ["umaDaily"],
        message: `The UMA began in ${FIRST_UMA_YEAR}: leave it empty for earlier years.`,
      });
    if (input.year < FIRST_BORDER_ZONE_YEAR && input.minimumWageBorderDaily !== null)
      ctx.addIssue({
        code: "custom",
        path: ["minimumWageBorderDaily"],
        message: `The border zone wage began in ${FIRST_BORDER_ZONE_YEAR}: leave it empty for earlier years.`,
      });
  });

export type ReferenceYearInput = z.output<typeof referenceYearSchema>;
export const REFERENCE_YEAR_FIELDS = [
  "intent",
  "year",
  "umaDaily",
  "minimumWageDaily",
  "minimumWageBorderDaily",
] as const satisfies readonly (keyof ReferenceYearInput)[];

/** What a settings server action answers: a message to show, and field errors when refused. */
export type SettingsActionResult =
  { ok: true; message: string } | { ok: false; message: string; fields: Record<string, string> };

/** Field name → message from a failed parse (the first message per field). */
export function settingsFieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const name = String(issue.path[0] ?? "");
    if (name && !(name in fields)) fields[name] = issue.message;
  }
  return fields;
}
