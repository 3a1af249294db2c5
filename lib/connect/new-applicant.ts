import { z } from "zod";
import { safeText } from "@/lib/http/text";
import { curpProblem, type CurpProblem } from "./curp";
import { declaredMonthlyIncomeSchema } from "./declared-income";

// Shared by the browser form and the server, so both say the same thing about bad input. Messages
// are catalog keys (namespace `connect`), rendered in the reader's language by the form.
/** Belvo validates CURPs with this pattern (it accepts the documented sandbox CURP, month 13). */
export const CURP_PATTERN = /^[A-Z]{4}[0-9]{6}[A-Z]{6}[A-Z0-9]{2}$/;
export const REFERENCE_PATTERN = /^[A-Za-z0-9_-]{3,64}$/;
/** The privacy notice shipped with Cotiza (lib/privacy/notices.ts), in effect until an admin's is. */
export const PRIVACY_NOTICE_VERSION = "2026-11";

export const curpSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(CURP_PATTERN, "connect.validation.curpShape");

export const applicantNameSchema = safeText({
  max: 120,
  tooLong: "connect.validation.nameTooLong",
}).min(2, "connect.validation.nameRequired");
export const referenceSchema = z
  .string()
  .trim()
  .regex(REFERENCE_PATTERN, "connect.validation.referenceShape");
export const accessModeSchema = z.enum(["SINGLE", "RECURRENT"]).default("SINGLE");

/** The field message for each structural problem the IMSS/ISSSTE check finds (see `./curp`). */
export const CURP_PROBLEM_KEYS = {
  shape: "connect.validation.curpShape",
  birthMonth: "connect.validation.curpBirthMonth",
  birthDay: "connect.validation.curpBirthDay",
  sex: "connect.validation.curpSex",
  state: "connect.validation.curpState",
  checkDigit: "connect.validation.curpCheckDigit",
} as const satisfies Record<CurpProblem, string>;

export const newApplicantSchema = z
  .object({
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
      privacyNoticeVersion: safeText({ max: 32, trim: false }).min(1),
    }),
  })
  .check((ctx) => {
    // IMSS and ISSSTE get the full RENAPO check before any query is spent; Belvo's sandbox only
    // checks the shape (its documented CURP has month 13).
    const { institution, curp } = (ctx.value ?? {}) as { institution?: unknown; curp?: unknown };
    if (institution !== "IMSS" && institution !== "ISSSTE") return;
    if (typeof curp !== "string" || !CURP_PATTERN.test(curp)) return; // the shape message says it
    const problem = curpProblem(curp);
    if (problem)
      ctx.issues.push({
        code: "custom",
        input: curp,
        path: ["curp"],
        message: CURP_PROBLEM_KEYS[problem],
      });
  });

export type NewApplicantInput = z.input<typeof newApplicantSchema>;
export type NewApplicant = z.output<typeof newApplicantSchema>;
