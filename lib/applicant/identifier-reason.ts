import { safeText } from "@/lib/http/text";

/**
 * Why someone needs CURP, NSS and RFC in clear (compare them with the applicant's INE, a bureau
 * report): required before revealing them on the applicant page or exporting them unmasked. The
 * reason is the person's own words about their task, not personal data, so the audit trail keeps it.
 */
export const IDENTIFIER_REASON_LENGTH = { min: 10, max: 300 } as const;

/** Whether a typed reason is long enough and not too long (after trimming). */
export function isIdentifierReason(text: string | null | undefined): text is string {
  const length = text?.trim().length ?? 0;
  return length >= IDENTIFIER_REASON_LENGTH.min && length <= IDENTIFIER_REASON_LENGTH.max;
}

/**
 * A trimmed reason of 10 to 300 characters, without NUL or lone surrogates; `message` is a catalog
 * key of the caller's area.
 */
export function identifierReasonSchema(message: string) {
  return safeText({
    max: IDENTIFIER_REASON_LENGTH.max,
    tooLong: message,
    required: message,
  }).min(IDENTIFIER_REASON_LENGTH.min, message);
}
