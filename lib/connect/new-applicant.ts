import { z } from "zod";
import { declaredMonthlyIncomeSchema } from "./declared-income";

// Shared by the browser form and the server, so both say the same thing about bad input.
/** Belvo validates CURPs with this pattern (it accepts the documented sandbox CURP, month 13). */
export const CURP_PATTERN = /^[A-Z]{4}[0-9]{6}[A-Z]{6}[A-Z0-9]{2}$/;
export const REFERENCE_PATTERN = /^[A-Za-z0-9_-]{3,64}$/;
export const PRIVACY_NOTICE_VERSION = "2026-11";

export const curpSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(
    CURP_PATTERN,
    "A CURP has 18 characters: 4 letters, 6 digits, 6 letters and 2 letters or digits.",
  );

export const applicantNameSchema = z
  .string()
  .trim()
  .min(2, "Enter the applicant's full name.")
  .max(120);
export const referenceSchema = z
  .string()
  .trim()
  .regex(REFERENCE_PATTERN, "Use 3–64 letters, digits, hyphens or underscores (no personal data).");
export const accessModeSchema = z.enum(["SINGLE", "RECURRENT"]).default("SINGLE");

export const newApplicantSchema = z.object({
  name: applicantNameSchema,
  reference: referenceSchema,
  institution: z.enum(["IMSS", "ISSSTE", "SANDBOX"], "Choose the institution."),
  curp: curpSchema,
  email: z
    .union([z.literal(""), z.email("Enter a valid email address or leave it empty.")])
    .optional()
    .transform((value) => value || undefined),
  accessMode: accessModeSchema,
  declaredMonthlyIncome: declaredMonthlyIncomeSchema,
  consent: z.object({
    accepted: z.literal(true, "Record the applicant's consent before connecting."),
    privacyNoticeVersion: z.string().min(1),
  }),
});

export type NewApplicantInput = z.input<typeof newApplicantSchema>;
export type NewApplicant = z.output<typeof newApplicantSchema>;
