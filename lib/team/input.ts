import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { newPasswordSchema } from "@/lib/auth/password-policy";
import { isSafeText, safeText, UNSAFE_TEXT_KEY } from "@/lib/http/text";

// Shared by the Team page's forms and the API routes, so both say the same thing. Messages are
// catalog keys (`team.validation.*`), rendered in the reader's language by the form.
export const roleSchema = z.enum(ROLES, "team.validation.role");

export const inviteMemberSchema = z.object({
  name: safeText({ max: 120, tooLong: "team.validation.nameTooLong" }).min(
    1,
    "team.validation.name",
  ),
  email: safeText({ max: 254, tooLong: "team.validation.email" })
    .toLowerCase()
    .pipe(z.email("team.validation.email")),
  role: roleSchema,
});

export type InviteMemberInput = z.output<typeof inviteMemberSchema>;

export const changeRoleSchema = z.object({ role: roleSchema });

export const memberStatusSchema = z.object({ active: z.boolean() });

export const setPasswordSchema = z
  .object({
    // Anything printable, but no NUL or lone surrogate: neither can be typed, and a lone
    // surrogate becomes U+FFFD when the password is encoded for hashing.
    password: z.string().refine(isSafeText, UNSAFE_TEXT_KEY).pipe(newPasswordSchema),
    confirm: z.string(),
  })
  .refine((value) => value.password === value.confirm, {
    path: ["confirm"],
    message: "team.validation.passwordsDiffer",
  });
