import type { Role } from "@/lib/generated/prisma/enums";

export type { Role };

export const ROLE_LABELS: Record<Role, string> = {
  UNDERWRITER: "Underwriter",
  TEAM_LEAD: "Team lead",
  ADMIN: "Admin",
};

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && value in ROLE_LABELS;
}
