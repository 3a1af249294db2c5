import { z } from "zod";
import { safeText } from "@/lib/http/text";
import { DECISION_OUTCOMES, isReasonFor } from "./decision-reasons";

// What the decision, sign-off and assignment routes accept. Messages are catalog keys: the browser
// shows them in the reader's language.

/** Free text kept apart from the codes; blank means none. */
const optionalNote = () =>
  safeText({ max: 2000, tooLong: "applicant.validation.noteTooLong" })
    .optional()
    .transform((value) => value || null);
export const decisionInputSchema = z
  .object({
    outcome: z.enum(DECISION_OUTCOMES, "applicant.validation.outcome"),
    reasonCode: z.string().min(1, "applicant.validation.reasonRequired"),
    note: optionalNote(),
    /** The red flags the decider acknowledged, one by one (flag codes). */
    acknowledgedFlags: z
      .array(safeText({ max: 40, trim: false }))
      .max(30)
      .default([]),
    /** Set when this decision amends the current one: why it changes. */
    amendReason: safeText({ max: 500, tooLong: "applicant.validation.amendReasonLong" })
      .min(10, "applicant.validation.amendReasonShort")
      .nullish()
      .transform((value) => value ?? null),
  })
  .refine((input) => isReasonFor(input.outcome, input.reasonCode), {
    message: "applicant.validation.reasonMismatch",
    path: ["reasonCode"],
  });

/** A decision as the server takes it; without acknowledgements or an amendment reason, none. */
export type DecisionInput = Omit<
  z.output<typeof decisionInputSchema>,
  "acknowledgedFlags" | "amendReason"
> & { acknowledgedFlags?: readonly string[]; amendReason?: string | null };

/** A team lead's answer to an approval that waits for sign-off; returning it needs a note. */
export const signOffInputSchema = z
  .object({
    action: z.enum(["sign", "return"], "applicant.validation.signOffAction"),
    note: optionalNote(),
  })
  .refine((input) => input.action === "sign" || input.note !== null, {
    message: "applicant.validation.returnNoteRequired",
    path: ["note"],
  });

export type SignOffInput = z.output<typeof signOffInputSchema>;

export const assignmentInputSchema = z.object({
  userId: z.uuid("applicant.validation.underwriter").nullable(),
});
