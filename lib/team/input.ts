import { z } from "zod";
import { newPasswordSchema } from "@/lib/auth/password-policy";

// Shared by the Team page's forms and the API routes, so both say the same thing.
export const roleSchema = z.enum(["UNDERWRITER", "TEAM_LEAD", "ADMIN"], "Choose a role.");

export const inviteMemberSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Enter the person's name.")
    .max(120, "Use at most 120 characters."),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email("Enter an email address such as ana@example.mx.")),
  role: roleSchema,
});

export type InviteMemberInput = z.output<typeof inviteMemberSchema>;

export const changeRoleSchema = z.object({ role: roleSchema });

export const memberStatusSchema = z.object({ active: z.boolean() });

export const setPasswordSchema = z
  .object({ password: newPasswordSchema, confirm: z.string() })
  .refine((value) => value.password === value.confirm, {
    path: ["confirm"],
    message: "The two passwords do not match.",
  });
