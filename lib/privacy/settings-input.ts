import { z } from "zod";
import { toDay } from "@/lib/dates";
import { safeText } from "@/lib/http/text";
import { wholeNumber } from "@/lib/settings/input";

// What Settings → Privacy takes: a privacy-notice version, a rest day, the ARCO answer period and
// the retention schedule. Shared by the forms (checked in the browser first) and the server (checked
// again). Messages are catalog keys under `privacy.settings.validation`; numbers in them are
// written out, so they follow the bounds below.

/** Letters, digits, dots, dashes and underscores, e.g. "2027-01" or "v3.1"; a consent keeps it. */
export const NOTICE_VERSION_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
export const NOTICE_VERSION_MAX = 32;
export const NOTICE_TEXT = { min: 20, max: 20_000 } as const;
export const REST_DAY_NAME = { min: 3, max: 80 } as const;
export const ARCO_RESPONSE_DAYS = { min: 1, max: 90 } as const;
export const RETENTION_MONTHS = { min: 1, max: 360 } as const;
export const BLOCKING_DAYS = { min: 0, max: 3660 } as const;

const MESSAGES = "privacy.settings.validation";

function isCalendarDay(text: string): boolean {
  try {
    toDay(text);
    return true;
  } catch {
    return false;
  }
}

/** A `YYYY-MM-DD` day, as a date input sends it. */
const calendarDay = (message: string) => z.string(message).trim().refine(isCalendarDay, message);

/** Empty text (or nothing) is null; anything else a whole number within bounds. */
function optionalWholeNumber(min: number, max: number, message: string) {
  const whole = wholeNumber(min, max, message);
  return z
    .unknown()
    .optional()
    .transform((value, ctx): number | null => {
      if (value === undefined || value === null) return null;
      if (typeof value === "string" && value.trim() === "") return null;
      const parsed = whole.safeParse(value);
      if (parsed.success) return parsed.data;
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    });
}

export const noticeInputSchema = z.object({
  version: z
    .string(`${MESSAGES}.version`)
    .trim()
    .max(NOTICE_VERSION_MAX, `${MESSAGES}.version`)
    .regex(NOTICE_VERSION_PATTERN, `${MESSAGES}.version`),
  effectiveOn: calendarDay(`${MESSAGES}.effectiveOn`),
  textEs: safeText({
    max: NOTICE_TEXT.max,
    tooLong: `${MESSAGES}.textLong`,
    required: `${MESSAGES}.textEs`,
  }).min(NOTICE_TEXT.min, `${MESSAGES}.textEs`),
  /** Optional: without it, English readers are shown the Spanish text. */
  textEn: safeText({ max: NOTICE_TEXT.max, tooLong: `${MESSAGES}.textLong` })
    .refine((text) => text === "" || text.length >= NOTICE_TEXT.min, `${MESSAGES}.textEn`)
    .nullish()
    .transform((text) => text || null),
});
export type NoticeInput = z.output<typeof noticeInputSchema>;
export const NOTICE_FIELDS = ["version", "effectiveOn", "textEs", "textEn"] as const;

export const restDayInputSchema = z.object({
  day: calendarDay(`${MESSAGES}.restDay`),
  name: safeText({
    max: REST_DAY_NAME.max,
    tooLong: `${MESSAGES}.restDayName`,
    required: `${MESSAGES}.restDayName`,
  }).min(REST_DAY_NAME.min, `${MESSAGES}.restDayName`),
});
export type RestDayInput = z.output<typeof restDayInputSchema>;
export const REST_DAY_FIELDS = ["day", "name"] as const;

export const arcoPeriodSchema = z.object({
  arcoResponseDays: wholeNumber(
    ARCO_RESPONSE_DAYS.min,
    ARCO_RESPONSE_DAYS.max,
    `${MESSAGES}.arcoResponseDays`,
  ),
});
export const ARCO_PERIOD_FIELDS = ["arcoResponseDays"] as const;

export const retentionSchema = z.object({
  /** Empty: no schedule, nothing is blocked for its age. */
  retentionMonths: optionalWholeNumber(
    RETENTION_MONTHS.min,
    RETENTION_MONTHS.max,
    `${MESSAGES}.retentionMonths`,
  ),
  blockingDays: wholeNumber(BLOCKING_DAYS.min, BLOCKING_DAYS.max, `${MESSAGES}.blockingDays`),
});
export const RETENTION_FIELDS = ["retentionMonths", "blockingDays"] as const;
