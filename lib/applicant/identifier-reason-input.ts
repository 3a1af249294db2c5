import { z } from "zod";
import { safeText } from "@/lib/http/text";
import { IDENTIFIER_REASON_LENGTH } from "./identifier-reason";

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

/** What revealing the identifiers on the applicant page sends, checked by the form and the route. */
export const identifierRevealInputSchema = z.object({
  reason: identifierReasonSchema("applicant.identifiers.reasonRequired"),
});
