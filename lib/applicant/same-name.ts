import type { SnapshotView } from "@/lib/applicant/snapshot-view";
import { computeApplicantMetrics } from "@/lib/metrics";
import type { ApplicantMetrics } from "@/lib/metrics";

const METRICS_INSTITUTION = { IMSS: "imss", SANDBOX: "imss", ISSSTE: "issste" } as const;

/** The metrics of a stored snapshot, as of a day (the page uses today, like the queue). */
export function snapshotMetrics(options: {
  snapshot: SnapshotView;
  institution: keyof typeof METRICS_INSTITUTION;
  asOf: string;
}): ApplicantMetrics {
  const { snapshot, institution, asOf } = options;
  return computeApplicantMetrics({
    jobs: snapshot.jobs,
    asOf,
    institution: METRICS_INSTITUTION[institution],
    socialSecuritySummary: snapshot.socialSecuritySummary,
    entitlementStatus: snapshot.entitlementStatus,
    collectedAt: snapshot.collectedAt,
  });
}

/** Compares names ignoring case, accents and spacing: "NUÑEZ" and "Núñez" are the same person. */
export function sameName(a: string, b: string): boolean {
  const key = (name: string) =>
    name
      .normalize("NFD")
      .replace(/\p{Diacritic}/gu, "")
      .replace(/\s+/g, " ")
      .trim()
      .toUpperCase();
  return key(a) === key(b);
}
