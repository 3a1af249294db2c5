import type { EmploymentRecordSnapshot } from "@/lib/belvo";
import { today } from "@/lib/clock";
import { computeApplicantMetrics } from "@/lib/metrics";
import type { Institution } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";

const METRICS_INSTITUTION: Record<Institution, "imss" | "issste"> = {
  IMSS: "imss",
  SANDBOX: "imss",
  ISSSTE: "issste",
};

/**
 * The queue's columns for one applicant, from their newest record. Stored, not computed per row,
 * so the queue can sort and filter 100,000 applicants with indexes.
 */
export function applicantSummary(
  record: EmploymentRecordSnapshot,
  institution: Institution,
  asOf = today(),
): Prisma.ApplicantUpdateManyMutationInput {
  const metrics = computeApplicantMetrics({
    jobs: record.jobs,
    asOf,
    institution: METRICS_INSTITUTION[institution],
    socialSecuritySummary: record.socialSecuritySummary,
    entitlementStatus: record.personalData.entitlementStatus,
    collectedAt: record.collectedAt,
  });
  const current = metrics.currentJobs[0];
  return {
    employmentStatus: metrics.status,
    currentEmployer: current?.employer ?? null,
    currentJobStart: current ? new Date(`${current.startDate}T00:00:00.000Z`) : null,
    monthlyIncome: metrics.income?.monthlyIncome ?? null,
    score12: record.scores?.find((score) => score.period === 12)?.score ?? null,
    flags: metrics.flags.map((flag) => flag.code),
    dataAsOf: new Date(record.collectedAt),
  };
}
