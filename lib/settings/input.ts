import { z } from "zod";
import { ALERT_RECIPIENTS, REFRESH_RATES } from "@/lib/alerts/rules";
import { isTimeZone } from "@/lib/dates";
import { validationKey } from "@/lib/errors";
import { safeText } from "@/lib/http/text";

// Shared by the Settings forms (checked in the browser first) and the server actions (checked
// again: the browser is never trusted). Inputs arrive as form text or as numbers; both parse.
// Messages are catalog keys (`settings.validation.*`); their numbers are SETTINGS_MESSAGE_VALUES.

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
export function wholeNumber(min: number, max: number, message: string) {
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

/**
 * The values every `settings.validation.*` message may use: field errors travel as bare keys, so
 * the form renders them with these. Years are text, so that no language groups their digits.
 */
export const SETTINGS_MESSAGE_VALUES = {
  flagWindowMin: FLAG_WINDOW_MONTHS.min,
  flagWindowMax: FLAG_WINDOW_MONTHS.max,
  toleranceMin: DECLARED_INCOME_TOLERANCE_PCT.min,
  toleranceMax: DECLARED_INCOME_TOLERANCE_PCT.max,
  yearMin: String(REFERENCE_YEARS.min),
  yearMax: String(REFERENCE_YEARS.max),
  firstUmaYear: String(FIRST_UMA_YEAR),
  firstBorderZoneYear: String(FIRST_BORDER_ZONE_YEAR),
} as const;

const AMOUNT_TEXT = /^\d+(\.\d{1,2})?$/;
const AMOUNT_SHAPE = "settings.validation.amountShape";

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
    ctx.addIssue({ code: "custom", message: "settings.validation.amountPositive" });
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
  timeZone: safeText({
    max: 64,
    required: "settings.validation.timeZone",
    tooLong: "settings.validation.timeZoneUnknown",
  }).refine(isTimeZone, "settings.validation.timeZoneUnknown"),
  flagWindowMonths: wholeNumber(
    FLAG_WINDOW_MONTHS.min,
    FLAG_WINDOW_MONTHS.max,
    "settings.validation.flagWindowMonths",
  ),
  declaredIncomeTolerancePct: wholeNumber(
    DECLARED_INCOME_TOLERANCE_PCT.min,
    DECLARED_INCOME_TOLERANCE_PCT.max,
    "settings.validation.declaredIncomeTolerancePct",
  ),
});

export type FigureSettingsInput = z.output<typeof figureSettingsSchema>;
export const FIGURE_SETTINGS_FIELDS = [
  "timeZone",
  "flagWindowMonths",
  "declaredIncomeTolerancePct",
] as const satisfies readonly (keyof FigureSettingsInput)[];

/** The decision rules: a checkbox sends "on" when ticked and nothing otherwise. */
export const decisionRulesSchema = z.object({
  fourEyesApproval: z.preprocess((value) => value === "on" || value === true, z.boolean()),
});
export const DECISION_RULES_FIELDS = ["fourEyesApproval"] as const;

export const referenceYearSchema = z
  .object({
    /** "add" refuses a year that already has values; "edit" changes one that does. */
    intent: z.enum(["add", "edit"], "settings.validation.intent"),
    year: wholeNumber(REFERENCE_YEARS.min, REFERENCE_YEARS.max, "settings.validation.year"),
    umaDaily: optionalAmount(),
    minimumWageDaily: requiredAmount("settings.validation.minimumWageRequired"),
    minimumWageBorderDaily: optionalAmount(),
  })
  .superRefine((input, ctx) => {
    if (input.year >= FIRST_UMA_YEAR && input.umaDaily === null)
      ctx.addIssue({
        code: "custom",
        path: ["umaDaily"],
        message: "settings.validation.umaRequired",
      });
    if (input.year < FIRST_UMA_YEAR && input.umaDaily !== null)
      ctx.addIssue({
        code: "custom",
        path: ["umaDaily"],
        message: "settings.validation.umaTooEarly",
      });
    if (input.year < FIRST_BORDER_ZONE_YEAR && input.minimumWageBorderDaily !== null)
      ctx.addIssue({
        code: "custom",
        path: ["minimumWageBorderDaily"],
        message: "settings.validation.borderWageTooEarly",
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

/** The lender's name on reports: up to 120 characters on one line; empty means none. */
export const ORGANIZATION_NAME_MAX = 120;

export const SALARY_CUT_ALERT_PCT = { min: 1, max: 100 } as const;
/** Employer concentration: more than N applicants (1 flags any two) within D days (up to a year). */
export const CONCENTRATION_APPLICANTS = { min: 1, max: 1000 } as const;
export const CONCENTRATION_DAYS = { min: 1, max: 365 } as const;

/** How monitored applicants are refreshed and alerted (Settings → Monitoring). */
export const monitoringSettingsSchema = z.object({
  monitoringRefreshRate: z.enum(REFRESH_RATES, "settings.validation.refreshRate"),
  salaryCutAlertPct: wholeNumber(
    SALARY_CUT_ALERT_PCT.min,
    SALARY_CUT_ALERT_PCT.max,
    "settings.validation.salaryCutAlertPct",
  ),
  alertRecipients: z.enum(ALERT_RECIPIENTS, "settings.validation.alertRecipients"),
  concentrationApplicants: wholeNumber(
    CONCENTRATION_APPLICANTS.min,
    CONCENTRATION_APPLICANTS.max,
    "settings.validation.concentrationApplicants",
  ),
  concentrationDays: wholeNumber(
    CONCENTRATION_DAYS.min,
    CONCENTRATION_DAYS.max,
    "settings.validation.concentrationDays",
  ),
});
export const MONITORING_FIELDS = [
  "monitoringRefreshRate",
  "salaryCutAlertPct",
  "alertRecipients",
  "concentrationApplicants",
  "concentrationDays",
] as const;

export const organizationSchema = z.object({
  organizationName: z
    .string("settings.validation.organizationName")
    .trim()
    .max(ORGANIZATION_NAME_MAX, "settings.validation.organizationName")
    .refine((text) => !/\p{Cc}/u.test(text), "settings.validation.organizationName")
    .transform((text) => text.replace(/\s+/g, " ") || null),
});

export const ORGANIZATION_FIELDS = ["organizationName"] as const;

/**
 * What a settings server action answers: the sentence to show on success (already in the reader's
 * language); when refused, a catalog key with its params, and field errors as keys.
 */
export type SettingsActionResult =
  | { ok: true; message: string }
  | {
      ok: false;
      message: string;
      params?: Record<string, string | number>;
      fields: Record<string, string>;
    };

/** Field name → catalog key from a failed parse (the first per field). */
export function settingsFieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const name = String(issue.path[0] ?? "");
    if (name && !(name in fields)) fields[name] = validationKey(issue);
  }
  return fields;
}
