import type { EmploymentJob, EmploymentRecordSnapshot } from "@/lib/belvo";

export type SnapshotChangeKind =
  "NEW_EMPLOYER" | "EXIT" | "SALARY_CHANGE" | "SCORE_CHANGE" | "WEEKS_CHANGE";

export type SnapshotChangeDraft = {
  kind: SnapshotChangeKind;
  details: Record<string, string | number | null>;
};

type Comparable = Pick<EmploymentRecordSnapshot, "jobs" | "scores" | "socialSecuritySummary">;

// A job is the same job across pulls when employer and start date match: Belvo has no job id.
const jobKey = (job: EmploymentJob) => `${job.employerId ?? job.employer}|${job.startDate}`;

function jobChanges(previous: Comparable, next: Comparable): SnapshotChangeDraft[] {
  const before = new Map(previous.jobs.map((job) => [jobKey(job), job]));
  const changes: SnapshotChangeDraft[] = [];
  for (const job of next.jobs) {
    const old = before.get(jobKey(job));
    if (!old) {
      changes.push({
        kind: "NEW_EMPLOYER",
        details: { employer: job.employer, startDate: job.startDate },
      });
      continue;
    }
    if (old.endDate === null && job.endDate !== null) {
      changes.push({ kind: "EXIT", details: { employer: job.employer, endDate: job.endDate } });
    }
    if (old.mostRecentDailySalary !== job.mostRecentDailySalary) {
      changes.push({
        kind: "SALARY_CHANGE",
        details: {
          employer: job.employer,
          from: old.mostRecentDailySalary,
          to: job.mostRecentDailySalary,
        },
      });
    }
  }
  return changes;
}

function scoreChanges(previous: Comparable, next: Comparable): SnapshotChangeDraft[] {
  const before = new Map((previous.scores ?? []).map((score) => [score.period, score.score]));
  return (next.scores ?? [])
    .filter((score) => before.has(score.period) && before.get(score.period) !== score.score)
    .map((score) => ({
      kind: "SCORE_CHANGE" as const,
      details: { period: score.period, from: before.get(score.period) ?? null, to: score.score },
    }));
}

function weekChanges(previous: Comparable, next: Comparable): SnapshotChangeDraft[] {
  const fields = ["weeksContributed", "weeksRedeemed", "weeksReinstated"] as const;
  const old = previous.socialSecuritySummary;
  const now = next.socialSecuritySummary;
  if (!old || !now) return [];
  return fields
    .filter((field) => old[field] !== now[field])
    .map((field) => ({
      kind: "WEEKS_CHANGE" as const,
      details: { field, from: old[field], to: now[field] },
    }));
}

/** The differences an underwriter cares about between two pulls of the same person's records. */
export function diffSnapshots(previous: Comparable, next: Comparable): SnapshotChangeDraft[] {
  return [
    ...jobChanges(previous, next),
    ...scoreChanges(previous, next),
    ...weekChanges(previous, next),
  ];
}
