import type { EmploymentJob, EmploymentRecordSnapshot } from "@/lib/belvo";

/** Every kind of change a diff can produce; stored as free text in `SnapshotChange.kind`. */
export const SNAPSHOT_CHANGE_KINDS = [
  "NEW_EMPLOYER",
  "REHIRE",
  "EXIT",
  "SALARY_CHANGE",
  "JOB_REMOVED",
  "SCORE_CHANGE",
  "WEEKS_CHANGE",
] as const;

export type SnapshotChangeKind = (typeof SNAPSHOT_CHANGE_KINDS)[number];

export type SnapshotChangeDraft = {
  kind: SnapshotChangeKind;
  details: Record<string, string | number | null>;
};

type Comparable = Pick<EmploymentRecordSnapshot, "jobs" | "scores" | "socialSecuritySummary">;

/**
 * An employer name as compared across pulls: trimmed, inner whitespace collapsed, without case
 * or accents, so "Peña  S.A." and "PENA S.A." are the same employer.
 */
export function normalizeEmployerName(name: string): string {
  return name.normalize("NFD").replace(/\p{M}/gu, "").trim().replace(/\s+/g, " ").toLowerCase();
}

const normalizeEmployerId = (id: string | null): string | null => {
  const trimmed = id?.trim().toUpperCase();
  return trimmed ? trimmed : null;
};

// Belvo has no job id: a job is the same job across pulls when its employer name, registro
// patronal (null for ISSSTE) and start date all match.
const jobKey = (job: EmploymentJob) =>
  JSON.stringify([
    normalizeEmployerName(job.employer),
    normalizeEmployerId(job.employerId),
    job.startDate,
  ]);

// The same employer: by registro patronal when both jobs have one, else by name.
function sameEmployer(a: EmploymentJob, b: EmploymentJob): boolean {
  const idA = normalizeEmployerId(a.employerId);
  const idB = normalizeEmployerId(b.employerId);
  if (idA && idB) return idA === idB;
  return normalizeEmployerName(a.employer) === normalizeEmployerName(b.employer);
}

// Decimal text compared by value, so "850.0" and "850.00" are the same salary.
function sameAmount(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  const [x, y] = [Number(a), Number(b)];
  return Number.isNaN(x) || Number.isNaN(y) ? a === b : x === y;
}

/**
 * Pairs each job of the new pull with the job of the previous pull that has its identity, one to
 * one and in order (a duplicated job pairs with its own duplicate). Returns, per index of the new
 * pull, the index of its previous job or null.
 */
function matchJobs(previous: readonly EmploymentJob[], next: readonly EmploymentJob[]) {
  const unmatched = new Map<string, number[]>();
  previous.forEach((job, index) => {
    const key = jobKey(job);
    unmatched.set(key, [...(unmatched.get(key) ?? []), index]);
  });
  const previousOf = next.map((job) => unmatched.get(jobKey(job))?.shift() ?? null);
  const nextOf = new Map<number, number>();
  previousOf.forEach((old, index) => {
    if (old !== null) nextOf.set(old, index);
  });
  return { previousOf, nextOf };
}

/**
 * A job that is new in this pull at an employer of the previous pull: the end date of the latest
 * earlier job there, as the new pull reports it when it still has that job. Null when that job is
 * still open, or when every job there started later (a past job that surfaced late).
 */
function rehireDetails(
  job: EmploymentJob,
  previous: readonly EmploymentJob[],
  next: readonly EmploymentJob[],
  nextOf: ReadonlyMap<number, number>,
) {
  let latest: number | null = null;
  previous.forEach((old, index) => {
    if (!sameEmployer(old, job) || old.startDate >= job.startDate) return;
    const best = latest === null ? null : previous[latest]!;
    const laterStart = best === null || old.startDate > best.startDate;
    // Same start date: prefer the one still open, then the one that ended last.
    const laterEnd =
      best !== null &&
      old.startDate === best.startDate &&
      best.endDate !== null &&
      (old.endDate === null || old.endDate > best.endDate);
    if (laterStart || laterEnd) latest = index;
  });
  if (latest === null)
    return { employer: job.employer, startDate: job.startDate, previousEndDate: null };
  const current = nextOf.get(latest);
  const earlier = current === undefined ? previous[latest]! : next[current]!;
  return { employer: job.employer, startDate: job.startDate, previousEndDate: earlier.endDate };
}

function jobChanges(previous: Comparable, next: Comparable): SnapshotChangeDraft[] {
  const { previousOf, nextOf } = matchJobs(previous.jobs, next.jobs);
  const changes: SnapshotChangeDraft[] = [];
  next.jobs.forEach((job, index) => {
    const oldIndex = previousOf[index];
    if (oldIndex === null || oldIndex === undefined) {
      const known = previous.jobs.some((old) => sameEmployer(old, job));
      changes.push(
        known
          ? { kind: "REHIRE", details: rehireDetails(job, previous.jobs, next.jobs, nextOf) }
          : { kind: "NEW_EMPLOYER", details: { employer: job.employer, startDate: job.startDate } },
      );
      return;
    }
    const old = previous.jobs[oldIndex]!;
    if (old.endDate === null && job.endDate !== null) {
      changes.push({ kind: "EXIT", details: { employer: job.employer, endDate: job.endDate } });
    }
    if (!sameAmount(old.mostRecentDailySalary, job.mostRecentDailySalary)) {
      changes.push({
        kind: "SALARY_CHANGE",
        details: {
          employer: job.employer,
          from: old.mostRecentDailySalary,
          to: job.mostRecentDailySalary,
        },
      });
    }
  });
  previous.jobs.forEach((old, index) => {
    if (nextOf.has(index)) return;
    changes.push({
      kind: "JOB_REMOVED",
      details: { employer: old.employer, startDate: old.startDate, endDate: old.endDate },
    });
  });
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

/**
 * The differences an underwriter cares about between two pulls of the same person's records, in
 * a stable order: the new pull's jobs in its order, then jobs gone from it in the previous pull's
 * order, then scores, then weeks.
 */
export function diffSnapshots(previous: Comparable, next: Comparable): SnapshotChangeDraft[] {
  return [
    ...jobChanges(previous, next),
    ...scoreChanges(previous, next),
    ...weekChanges(previous, next),
  ];
}
