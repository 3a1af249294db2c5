/**
 * Why someone needs CURP, NSS and RFC in clear (compare them with the applicant's INE, a bureau
 * report): required before revealing them on the applicant page or exporting them unmasked. The
 * reason is the person's own words about their task, not personal data, so the audit trail keeps it.
 * No zod here: forms ship this module to the browser (the schema is in identifier-reason-input.ts).
 */
export const IDENTIFIER_REASON_LENGTH = { min: 10, max: 300 } as const;

/** Whether a typed reason is long enough and not too long (after trimming). */
export function isIdentifierReason(text: string | null | undefined): text is string {
  const length = text?.trim().length ?? 0;
  return length >= IDENTIFIER_REASON_LENGTH.min && length <= IDENTIFIER_REASON_LENGTH.max;
}
