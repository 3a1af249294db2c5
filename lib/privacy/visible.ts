import type { Prisma } from "@/lib/generated/prisma/client";

// Blocked applicants (a cancellation, or the retention schedule) are kept only to meet the
// lender's legal obligations until they are deleted: no screen, export, report or comparison
// with other applicants reads them. Every read of applicants for people goes through one of these.

/** The Prisma filter for applicants that are not blocked. */
export const VISIBLE_APPLICANT = { blockedAt: null } as const satisfies Prisma.ApplicantWhereInput;

/** `where` for one applicant by id, unless it is blocked (a blocked one reads as not found). */
export function visibleApplicantById(id: string) {
  return { id, ...VISIBLE_APPLICANT } satisfies Prisma.ApplicantWhereUniqueInput;
}
