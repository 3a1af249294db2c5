import "server-only";
import { belvoClientFromEnv, type BelvoClient } from "@/lib/belvo";
import { recordAudit } from "@/lib/audit";
import { now } from "@/lib/clock";
import { eraseApplicant } from "@/lib/connect/delete-applicant";
import { db } from "@/lib/db";
import { AppError, safeErrorSummary } from "@/lib/errors";
import { recurring } from "@/lib/jobs/recurring";
import { getOrganizationSettings } from "@/lib/settings/organization";
import { blockApplicant } from "./blocking";

// The retention schedule (Settings → Privacidad): applicants idle for longer than the admin's
// period are blocked, and blocked applicants whose blocking period ended are deleted — including
// Belvo's link. Each run that does something leaves one report in the audit trail.

export const PRIVACY_RETENTION_JOB = "privacy.retention";
const DAY_MS = 24 * 60 * 60 * 1000;
/** Applicants handled per run and step: a backlog is worked off over the following runs. */
const RUN_LIMIT = 500;

/**
 * Applicants whose last activity — created, decided, refreshed (the data's as-of) or consent
 * revoked, whichever is latest — is more than `months` months before `at`, not yet blocked.
 */
async function idleApplicants(months: number, at: Date): Promise<string[]> {
  const rows = await db().$queryRaw<{ id: string }[]>`
    SELECT a.id FROM applicants a
    LEFT JOIN consent_revocations r ON r.applicant_id = a.id
    WHERE a.blocked_at IS NULL
      AND greatest(a.created_at, a.decided_at, a.data_as_of, r.recorded_at)
          < ${at}::timestamptz - make_interval(months => ${months}::int)
    ORDER BY a.created_at
    LIMIT ${RUN_LIMIT}::int`;
  return rows.map((row) => row.id);
}

/** Blocked applicants whose blocking period has ended by `at`. */
async function dueForDeletion(at: Date): Promise<string[]> {
  const rows = await db().applicant.findMany({
    where: { deleteAfter: { lte: at } },
    orderBy: { deleteAfter: "asc" },
    take: RUN_LIMIT,
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

export interface RetentionReport {
  blocked: string[];
  deleted: string[];
  /** Applicants a step could not finish (Belvo unreachable…): tried again on the next run. */
  failed: string[];
}

/**
 * One run of the schedule as of `at`. An applicant whose step fails (Belvo refusing to delete
 * the link, say) is left as it was and reported; the others go on.
 */
export async function runRetention(
  at: Date = now(),
  client: BelvoClient = belvoClientFromEnv(),
): Promise<RetentionReport> {
  const settings = await getOrganizationSettings();
  const report: RetentionReport = { blocked: [], deleted: [], failed: [] };
  const idle =
    settings.retentionMonths === null ? [] : await idleApplicants(settings.retentionMonths, at);
  // One applicant's failure (Belvo unreachable…) is reported and retried on the next run; one
  // already deleted by a concurrent run is skipped.
  const settle = (id: string, done: string[]) =>
    [
      () => done.push(id),
      (error: unknown) => {
        if (error instanceof AppError && error.code === "not_found") return;
        console.warn(
          `cotiza privacy retention: applicant ${id} left for the next run: ${safeErrorSummary(error)}`,
        );
        report.failed.push(id);
      },
    ] as const;
  for (const id of idle)
    await blockApplicant(id, { actorId: null, reason: "retention" }, client, at).then(
      ...settle(id, report.blocked),
    );
  for (const id of await dueForDeletion(at))
    await eraseApplicant(id, { actorId: null, reason: "blocking_period_ended" }, client).then(
      ...settle(id, report.deleted),
    );
  if (report.blocked.length + report.deleted.length + report.failed.length > 0)
    await recordAudit({
      actorId: null,
      action: "privacy.retention_run",
      details: {
        retentionMonths: settings.retentionMonths,
        blockingDays: settings.blockingDays,
        blocked: report.blocked.length,
        deleted: report.deleted.length,
        failed: report.failed.length,
        // Opaque ids: which applicants, without a word of their personal data.
        blockedIds: report.blocked,
        deletedIds: report.deleted,
        failedIds: report.failed,
      },
    });
  return report;
}

/** Once a day, on one replica (queued at worker start, then by each run). Counts only in logs. */
export const privacyRetentionHandler = recurring(DAY_MS, async () => {
  const report = await runRetention();
  console.info(
    `cotiza privacy retention: blocked ${report.blocked.length}, deleted ${report.deleted.length}, failed ${report.failed.length}`,
  );
});

/** The latest runs that did something, newest first: the Privacy page's report. */
export async function listRetentionRuns(take = 10) {
  const events = await db().auditEvent.findMany({
    where: { action: "privacy.retention_run" },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, createdAt: true, details: true },
  });
  return events.map((event) => {
    const details = event.details as Partial<Record<"blocked" | "deleted" | "failed", number>>;
    return {
      id: event.id,
      at: event.createdAt.toISOString(),
      blocked: details.blocked ?? 0,
      deleted: details.deleted ?? 0,
      failed: details.failed ?? 0,
    };
  });
}
