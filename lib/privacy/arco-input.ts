import { z } from "zod";
import { toDay } from "@/lib/dates";
import { safeText } from "@/lib/http/text";

// What an ARCO request is made of, as the form and the server check it.

export const ARCO_TYPES = ["ACCESS", "RECTIFICATION", "CANCELLATION", "OPPOSITION"] as const;
export type ArcoType = (typeof ARCO_TYPES)[number];

/** Business days left under which an open request shows as due soon. */
export const DUE_SOON_BUSINESS_DAYS = 5;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export const arcoInputSchema = z.object({
  type: z.enum(ARCO_TYPES, "privacy.validation.type"),
  requesterName: safeText({ max: 200, tooLong: "privacy.validation.requesterName" }).min(
    3,
    "privacy.validation.requesterName",
  ),
  /** The applicant's reference in Cotiza, when the request concerns one; empty for none. */
  applicantReference: safeText({ max: 64 }).optional(),
  receivedOn: z
    .string("privacy.validation.receivedOn")
    .regex(DAY, "privacy.validation.receivedOn")
    .refine((day) => {
      try {
        toDay(day);
        return true;
      } catch {
        return false;
      }
    }, "privacy.validation.receivedOn"),
  /** A checkbox: `true`, or the form's "on". */
  identityChecked: z.preprocess(
    (value) => value === true || value === "on",
    z.literal(true, "privacy.validation.identityChecked"),
  ),
});
export type ArcoInput = z.infer<typeof arcoInputSchema>;

export const arcoAnswerSchema = z.object({
  response: safeText({ max: 2000, tooLong: "privacy.validation.responseLong" }).min(
    10,
    "privacy.validation.responseShort",
  ),
});
