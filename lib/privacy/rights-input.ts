import { z } from "zod";
import { safeText } from "@/lib/http/text";

// What the applicant page's privacy forms send (a revocation, an opposition, a dispute), as the
// forms and the server check it. No I/O here: the browser imports it.

/** How the applicant told the lender they withdraw their consent. */
export const REVOCATION_CHANNELS = ["WRITTEN", "EMAIL", "PHONE", "IN_PERSON"] as const;
export type RevocationChannel = (typeof REVOCATION_CHANNELS)[number];

/**
 * The uses of their data an applicant may oppose, each enforced: MONITORING (recurrent refreshes
 * and their alerts) and PORTFOLIO_SIGNALS (comparing them with other applicants).
 */
export const OBJECTION_PURPOSES = ["MONITORING", "PORTFOLIO_SIGNALS"] as const;
export type ObjectionPurpose = (typeof OBJECTION_PURPOSES)[number];

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
