import { z } from "zod";
import { safeText } from "@/lib/http/text";
import { OBJECTION_PURPOSES, REVOCATION_CHANNELS } from "./rights-choices";

// What the applicant page's privacy forms send (a revocation, an opposition, a dispute), as the
// forms and the server check it. No I/O here; the forms load it when someone sends one.

export {
  OBJECTION_PURPOSES,
  REVOCATION_CHANNELS,
  type ObjectionPurpose,
  type RevocationChannel,
} from "./rights-choices";

const note = (max: number, tooLong: string) => safeText({ max, tooLong });

export const revocationInputSchema = z.object({
  /** The day the applicant revoked it (`YYYY-MM-DD`); not in the future (checked on the server). */
  revokedOn: z.iso.date("privacy.rights.validation.revokedOn"),
  channel: z.enum(REVOCATION_CHANNELS, "privacy.rights.validation.channel"),
  /** Optional; an empty note is none. */
  note: note(1000, "privacy.rights.validation.noteLong")
    .optional()
    .transform((text) => text || undefined),
});
export type RevocationInput = z.infer<typeof revocationInputSchema>;

export const objectionInputSchema = z.object({
  purpose: z.enum(OBJECTION_PURPOSES, "privacy.rights.validation.purpose"),
  note: note(1000, "privacy.rights.validation.noteLong").min(
    10,
    "privacy.rights.validation.noteShort",
  ),
});
export type ObjectionInput = z.infer<typeof objectionInputSchema>;

export const objectionPurposeSchema = z.enum(
  OBJECTION_PURPOSES,
  "privacy.rights.validation.purpose",
);

export const disputeInputSchema = z.object({
  /** What the applicant says is wrong, in their words. */
  subject: note(300, "privacy.rights.validation.subjectLong").min(
    3,
    "privacy.rights.validation.subjectShort",
  ),
  reason: note(2000, "privacy.rights.validation.reasonLong").min(
    10,
    "privacy.rights.validation.reasonShort",
  ),
});
export type DisputeInput = z.infer<typeof disputeInputSchema>;
