import type { Role } from "@/lib/generated/prisma/enums";

export type { Role };

/** Every role; what a person reads for each is `common.roles.<role>` in the catalogs. */
export const ROLES = ["UNDERWRITER", "TEAM_LEAD", "ADMIN"] as const satisfies readonly Role[];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
