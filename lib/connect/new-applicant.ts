import { z } from "zod";
import { declaredMonthlyIncomeSchema } from "./declared-income";

// Shared by the browser form and the server, so both say the same thing about bad input. Messages
// are catalog keys (namespace `connect`), rendered in the reader's language by the form.
/** Belvo validates CURPs with this pattern (it accepts the documented sandbox CURP, month 13). */
export const CURP_PATTERN = /^[A-Z]{4}[0-9]{6}[A-Z]{6}[A-Z0-9]{2}$/;
export const REFERENCE_PATTERN = /^[A-Za-z0-9_-]{3,64}$/;
export const PRIVACY_NOTICE_VERSION = "2026-11";

export const curpSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(CURP_PATTERN, "connect.validation.curpShape");

export const applicantNameSchema = z
  .string()
  .trim()
  .min(2, "connect.validation.nameRequired")
  .max(120, "connect.validation.nameTooLong");
export const referenceSchema = z
  .string()
  .trim()
  .regex(REFERENCE_PATTERN, "connect.validation.referenceShape");
export const accessModeSchema = z.enum(["SINGLE", "RECURRENT"]).default("SINGLE");

export const newApplicantSchema = z.object({
  name: applicantNameSchema,
  reference: referenceSchema,
  institution: z.enum(["IMSS", "ISSSTE", "SANDBOX"], "connect.validation.institutionRequired"),
  curp: curpSchema,
  email: z
    .union([z.literal(""), z.email("connect.validation.emailInvalid")])
    .optional()
    .transform((value) => value || undefined),
  accessMode: accessModeSchema,
  declaredMonthlyIncome: declaredMonthlyIncomeSchema,
  consent: z.object({
    accepted: z.literal(true, "connect.validation.consentRequired"),
    privacyNoticeVersion: z.string().min(1),
  }),
});

export type NewApplicantInput = z.input<typeof newApplicantSchema>;
export type NewApplicant = z.output<typeof newApplicantSchema>;
