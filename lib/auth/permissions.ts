import type { Role } from "@/lib/auth/roles";

// Who may see what. One place, so pages, APIs and exports agree.
export function canSeeIdentifiers(role: Role): boolean {
  return role === "TEAM_LEAD" || role === "ADMIN";
}

/**
 * Who may reveal an applicant's CURP, NSS and RFC on the applicant page, one applicant at a time and
 * with a reason: every role, since underwriters compare them with the applicant's INE. The page
 * always opens with them masked.
 */
export function canRevealIdentifiers(role: Role): boolean {
  return role === "UNDERWRITER" || role === "TEAM_LEAD" || role === "ADMIN";
}

export function canDeleteApplicants(role: Role): boolean {
  return role === "TEAM_LEAD" || role === "ADMIN";
}

/** Underwriters take or release applicants themselves; leads and admins assign anyone. */
export function canAssignOthers(role: Role): boolean {
  return role === "TEAM_LEAD" || role === "ADMIN";
}

/** Who signs off (or returns) an approval that the four-eyes rule holds; never their own. */
export function canSignOff(role: Role): boolean {
  return role === "TEAM_LEAD" || role === "ADMIN";
}

export function canManageJobs(role: Role): boolean {
  return role === "ADMIN";
}

/** Who uses the Team page: inviting, role changes, deactivation, password resets and workload. */
export const TEAM_MANAGERS = ["TEAM_LEAD", "ADMIN"] as const satisfies readonly Role[];

export function canManageTeam(role: Role): boolean {
  return TEAM_MANAGERS.some((manager) => manager === role);
}

/**
 * Who records an applicant's opposition to a use of their data (and withdraws it) and notes a
 * disputed datum: the ARCO rights the lender answers for. A revocation any reviewer records.
 */
export const PRIVACY_RIGHTS_MANAGERS = TEAM_MANAGERS;

export function canRecordPrivacyRights(role: Role): boolean {
  return canManageTeam(role);
}

/**
 * Whether `actor` may act on a member who holds `targetRole` and give them `newRole`: admins manage
 * everyone; team leads manage underwriters and team leads, and can neither touch nor make admins.
 */
export function canManageMember(
  actor: Role,
  targetRole: Role,
  newRole: Role = targetRole,
): boolean {
  if (actor === "ADMIN") return true;
  if (actor !== "TEAM_LEAD") return false;
  return targetRole !== "ADMIN" && newRole !== "ADMIN";
}

/** The roles `actor` may give when inviting or changing a role, in the order a menu shows them. */
export function grantableRoles(actor: Role): Role[] {
  const all: Role[] = ["UNDERWRITER", "TEAM_LEAD", "ADMIN"];
  return all.filter((role) => canManageMember(actor, role));
}

/** Exports carry CURP, NSS and RFC in clear only for these roles; others get them masked. */
export function canExportIdentifiers(role: Role): boolean {
  return canSeeIdentifiers(role);
}

/** Team leads and admins read everyone's exports in the log; others read their own. */
export function canSeeTeamExports(role: Role): boolean {
  return canManageTeam(role);
}

/** Who sets how figures are computed in Settings: time zone, flag window, declared-income tolerance. */
export function canEditFigureSettings(role: Role): boolean {
  return role === "TEAM_LEAD" || role === "ADMIN";
}

/** Who sets the organization's name, printed as the lender on verification reports. */
export function canEditOrganization(role: Role): boolean {
  return role === "ADMIN";
}

/** Who downloads the verification reports of a whole queue filter as one ZIP. */
export function canDownloadReportBatch(role: Role): boolean {
  return role === "TEAM_LEAD" || role === "ADMIN";
}

/** Who adds or corrects a year's UMA and minimum wages in Settings. */
export function canEditReferenceValues(role: Role): boolean {
  return role === "ADMIN";
}

/** Who adds a version of the privacy notice applicants accept (Settings → Privacy). */
export function canEditPrivacyNotices(role: Role): boolean {
  return role === "ADMIN";
}

/** Who adds a rest day (a decreed day off) that business-day deadlines skip. */
export function canEditRestDays(role: Role): boolean {
  return role === "ADMIN";
}

/** Who sets how long applicants are kept and how long blocked data waits before deletion. */
export function canEditRetentionSchedule(role: Role): boolean {
  return role === "ADMIN";
}
