import type { EmploymentRecordSnapshot } from "@/lib/belvo";
import type { FigureSettings } from "@/lib/metrics";
import { snapshotFigures } from "@/lib/metrics/snapshot-figures";
import type { Institution } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The queue's columns for one applicant, from their newest record, as of the day it was collected
 * (the same figures the applicant page shows). Stored, not computed per row, so the queue can sort
 * and filter 100,000 applicants with indexes.
 */
export function applicantSummary(options: {
  record: EmploymentRecordSnapshot;
  institution: Institution;
  settings: FigureSettings & { timeZone: string };
  declaredMonthlyIncome: string | null;
  /** The name typed when the applicant was added, checked against the name on record. */
  name: string;
  /** When the applicant was added (their application): an ISO instant. */
  appliedAt: string;
  /** Signals an underwriter dismissed for this applicant: left out of the stored flags. */
  dismissed?: readonly string[];
}) {
  const { record } = options;
  const metrics = snapshotFigures({
    snapshot: {
      ...record,
      entitlementStatus: record.personalData.entitlementStatus,
      officialName: record.personalData.officialName,
    },
    institution: options.institution,
    settings: options.settings,
    declaredMonthlyIncome: options.declaredMonthlyIncome,
    typedName: options.name,
    appliedAt: options.appliedAt,
  });
  const current = metrics.currentJobs[0];
  return {
    employmentStatus: metrics.status,
    currentEmployer: current?.employer ?? null,
    currentEmployerId: current?.employerId ?? null,
    currentJobStart: current ? new Date(`${current.startDate}T00:00:00.000Z`) : null,
    monthlyIncome: metrics.income?.monthlyIncome ?? null,
    score12: record.scores?.find((score) => score.period === 12)?.score ?? null,
    flags: metrics.flags
      .map((flag) => flag.code)
      .filter((code) => !options.dismissed?.includes(code)),
    dataAsOf: new Date(record.collectedAt),
  } satisfies Prisma.ApplicantUpdateManyMutationInput;
}
