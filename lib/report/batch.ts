import "server-only";
import { makeZip } from "client-zip";
import { canDownloadReportBatch, canExportIdentifiers } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/users";
import { db } from "@/lib/db";
import { AppError, safeErrorSummary } from "@/lib/errors";
import type { ExportCounts, ExportOutcome } from "@/lib/exports/csv-stream";
import { keysetScan } from "@/lib/exports/keyset-scan";
import { recordExport } from "@/lib/exports/log";
import { startProgress, updateProgress } from "@/lib/exports/progress";
import { exportWhere, type ExportScope } from "@/lib/exports/queue-export";
import type { ExportRequest } from "@/lib/exports/request";
import { queueOrderBy, sortKey } from "@/lib/queue/query";
import { issueReport } from "./issue";

/** A batch covers at most this many applicants (a team's working queue, not the whole book). */
export const MAX_BATCH_APPLICANTS = 500;

/** Applicants read from the database at a time; their reports are rendered one by one. */
const SCAN_BATCH = 50;

type Outcome = { counts: ExportCounts; outcome: ExportOutcome; error?: unknown };

/**
 * One report per applicant of the queue's filter (their newest pull), issued one at a time as the
 * ZIP is read: the next PDF is rendered only when the client has taken the last, so memory holds
 * one report whatever the batch's size. Applicants without records have no report.
 */
async function* reportFiles(
  user: SessionUser,
  request: ExportRequest,
  scope: ExportScope,
  onProgress: (counts: ExportCounts) => void,
) {
  const counts: ExportCounts = { rows: 0, applicants: 0 };
  const key = sortKey(scope.state);
  const batches = keysetScan({
    key,
    batchSize: SCAN_BATCH,
    // Every column is read (the keyset needs the sort's), plus how many pulls each applicant has.
    fetch: (after, take) =>
      db().applicant.findMany({
        where: { AND: [exportWhere(scope), after] },
        orderBy: queueOrderBy(scope.state),
        take,
        include: { _count: { select: { snapshots: true } } },
      }),
  });
  for await (const applicants of batches) {
    for (const applicant of applicants) {
      counts.applicants += 1;
      if (applicant._count.snapshots > 0) {
        const report = await issueReport(
          user,
          { applicantId: applicant.id, snapshotId: null, locale: request.lang },
          { batch: true },
        );
        counts.rows += 1;
        onProgress({ ...counts });
        // The reference names the applicant without personal data; the folio makes it unique.
        yield { name: `${report.folio}_${applicant.reference}.pdf`, input: report.bytes };
      } else onProgress({ ...counts });
    }
  }
}

/** `source` as a pull-based stream that reports once how it ended: read through, cancelled, failed. */
function tracked(
  source: ReadableStream<Uint8Array>,
  counts: () => ExportCounts,
  onEnd: (outcome: Outcome) => Promise<void>,
) {
  const reader = source.getReader();
  let ended = false;
  const end = async (outcome: ExportOutcome, error?: unknown) => {
    if (ended) return;
    ended = true;
    await onEnd({ outcome, error, counts: counts() });
  };
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const next = await reader.read();
          if (next.done) {
            await end("complete");
            controller.close();
          } else controller.enqueue(next.value);
        } catch (error) {
          await end("failed", error);
          // The summary was logged; the raw error (query text) must not reach the logs.
          controller.error(new Error("The report batch failed part-way."));
        }
      },
      async cancel() {
        await end("cancelled");
        await reader.cancel().catch(() => undefined);
      },
    },
    { highWaterMark: 1 },
  );
}

/**
 * The verification reports of the queue's current filter as one ZIP, streamed while it is built,
 * with the CSV exports' progress and one line in the export log (each report is on its
 * applicant's audit trail too). Team leads and admins; up to MAX_BATCH_APPLICANTS applicants.
 */
export async function openReportBatch(
  request: ExportRequest,
  user: SessionUser,
  scope: ExportScope,
): Promise<{ body: ReadableStream<Uint8Array>; total: number }> {
  if (!canDownloadReportBatch(user.role))
    throw new AppError("forbidden", "errors.report.batchNotAllowed");
  const total = await db().applicant.count({ where: exportWhere(scope) });
  if (total > MAX_BATCH_APPLICANTS)
    throw new AppError("bad_request", "errors.report.batchTooLarge", {
      max: MAX_BATCH_APPLICANTS,
      count: total,
    });
  const progressId = request.progressId;
  if (progressId) await startProgress(progressId, { userId: user.id, total });
  let latest: ExportCounts = { rows: 0, applicants: 0 };
  const onProgress = (counts: ExportCounts) => {
    latest = counts;
    if (progressId) void updateProgress(progressId, user.id, counts);
  };
  const zip = makeZip(reportFiles(user, request, scope, onProgress), { buffersAreUTF8: true });
  const body = tracked(
    zip,
    () => latest,
    async ({ counts, outcome, error }) => {
      if (progressId) await updateProgress(progressId, user.id, { ...counts, status: outcome });
      if (error) console.error(`cotiza: report batch failed: ${safeErrorSummary(error)}`);
      await recordExport({
        user,
        request,
        columns: [],
        counts,
        outcome,
        identifiers: canExportIdentifiers(user.role) ? "clear" : "masked",
      }).catch((auditError: unknown) =>
        console.error(`cotiza: could not log a report batch: ${safeErrorSummary(auditError)}`),
      );
    },
  );
  return { body, total };
}
