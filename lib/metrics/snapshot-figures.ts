import type { DecimalText } from "@/lib/belvo/types/common";
import type { SocialSecuritySummary } from "@/lib/belvo/types/employment-record";
import { dayInZone } from "@/lib/dates";
import { computeApplicantMetrics } from "./applicant-metrics";
import type { ApplicantMetrics } from "./applicant-metrics";
import type { FigureSettings } from "./settings";
import type { JobInput } from "./types";

/** One pull of a person's records, as stored or as Belvo returned it. */
export interface FigureSource {
  /** When Belvo collected the data: an ISO instant. */
  collectedAt: string;
  entitlementStatus: string | null;
  /** The name on the institution's record, when it gave one. */
  officialName?: string | null;
  socialSecuritySummary: SocialSecuritySummary | null | undefined;
  jobs: readonly (Omit<JobInput, "reportedMonthlySalary"> & {
    monthlySalary: DecimalText | null;
  })[];
}

/** Cotiza's institution codes (the sandbox institution is IMSS's). */
export type InstitutionCode = "IMSS" | "SANDBOX" | "ISSSTE";

/**
 * The figures of one pull, all as of the day it was collected in the organization's time zone.
 * The applicant page, the queue's stored summary and the exports all come through here, so they
 * show the same flags, with the same words, for the same snapshot.
 */
export function snapshotFigures(options: {
  snapshot: FigureSource;
  institution: InstitutionCode;
  settings: FigureSettings & { timeZone: string };
  declaredMonthlyIncome?: DecimalText | null;
  /** The name typed when the applicant was added: checked against the name on record. */
  typedName?: string;
  /** When the applicant was added to Cotiza (their application): an ISO instant. */
  appliedAt?: string;
}): ApplicantMetrics {
  const { snapshot, settings } = options;
  return computeApplicantMetrics(
    {
      jobs: snapshot.jobs.map((job) => ({ ...job, reportedMonthlySalary: job.monthlySalary })),
      asOf: dayInZone(snapshot.collectedAt, settings.timeZone),
      institution: options.institution === "ISSSTE" ? "issste" : "imss",
      socialSecuritySummary: snapshot.socialSecuritySummary,
      entitlementStatus: snapshot.entitlementStatus,
      declaredMonthlyIncome: options.declaredMonthlyIncome,
      appliedOn:
        options.appliedAt === undefined
          ? undefined
          : dayInZone(options.appliedAt, settings.timeZone),
      names:
        options.typedName === undefined
          ? undefined
          : { typed: options.typedName, onRecord: snapshot.officialName ?? null },
    },
    { settings },
  );
}
