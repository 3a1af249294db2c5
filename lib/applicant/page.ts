import "server-only";
import { snapshotMetrics } from "@/lib/applicant/page-metrics";
import { getApplicantAuditTrail } from "@/lib/applicant/audit-view";
import { getApplicantDetail } from "@/lib/applicant/detail";
import { listAssignableUsers, listDecisions } from "@/lib/applicant/decisions";
import { today } from "@/lib/clock";
import type { SessionUser } from "@/lib/auth/users";

/** Everything the applicant page renders, loaded in as few round trips as the data allows. */
export async function loadApplicantPage(user: SessionUser, id: string, asOf = today()) {
  // The detail read records the view, so the audit trail is read after it and includes it.
  const applicant = await getApplicantDetail(user, id);
  const [decisions, audit, users] = await Promise.all([
    listDecisions(applicant.id),
    getApplicantAuditTrail(applicant.id),
    listAssignableUsers(),
  ]);
  const latest = applicant.snapshots[0] ?? null;
  const metrics = latest
    ? snapshotMetrics({ snapshot: latest, institution: applicant.institution, asOf })
    : null;
  return { applicant, latest, metrics, decisions, audit, users, asOf };
}

export type ApplicantPageData = Awaited<ReturnType<typeof loadApplicantPage>>;
