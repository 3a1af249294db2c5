import type { Role } from "@/lib/auth/roles";

// Who may see what. One place, so pages, APIs and exports agree.
export function canSeeIdentifiers(role: Role): boolean {
  return role === "TEAM_LEAD" || role === "ADMIN";
}

export function canDeleteApplicants(role: Role): boolean {
  return role === "TEAM_LEAD" || role === "ADMIN";
}

/** Underwriters take or release applicants themselves; leads and admins assign anyone. */
export function canAssignOthers(role: Role): boolean {
  return role === "TEAM_LEAD" || role === "ADMIN";
}

export function canManageJobs(role: Role): boolean {
  return role === "ADMIN";
}
