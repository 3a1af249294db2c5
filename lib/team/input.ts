import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { newPasswordSchema } from "@/lib/auth/password-policy";

// Shared by the Team page's forms and the API routes, so both say the same thing. Messages are
// catalog keys (`team.validation.*`), rendered in the reader's language by the form.
export const roleSchema = z.enum(ROLES, "team.validation.role");

export const inviteMemberSchema = z.object({
  name: z.string().trim().min(1, "team.validation.name").max(120, "team.validation.nameTooLong"),
  email: z.string().trim().toLowerCase().pipe(z.email("team.validation.email")),
  role: roleSchema,
});

export type InviteMemberInput = z.output<typeof inviteMemberSchema>;

export const changeRoleSchema = z.object({ role: roleSchema });

export const memberStatusSchema = z.object({ active: z.boolean() });

export const setPasswordSchema = z
  .object({ password: newPasswordSchema, confirm: z.string() })
  .refine((value) => value.password === value.confirm, {
    path: ["confirm"],
    message: "team.validation.passwordsDiffer",
  });
