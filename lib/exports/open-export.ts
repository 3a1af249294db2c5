import "server-only";
import { canExportIdentifiers } from "@/lib/auth/permissions";
import { getQueueColumns } from "@/lib/queue/preferences";
import type { SessionUser } from "@/lib/auth/users";
import { now as clockNow } from "@/lib/clock";
import { db } from "@/lib/db";
import { AppError, safeErrorSummary } from "@/lib/errors";
import { copyCsvOut } from "@/lib/db/copy";
import { copyCsvStream } from "@/lib/exports/csv-stream";
import type { CopyExport, CsvLines } from "@/lib/exports/csv-lines";
import { JOB_EXPORT_COLUMNS, MOVEMENT_EXPORT_COLUMNS } from "@/lib/exports/history-columns";
import { startProgress, updateProgress } from "@/lib/exports/progress";
import {
  defaultQueueExportColumns,
  IDENTIFIER_COLUMNS,
  queueExportColumns,
  type QueueExportColumnId,
} from "@/lib/exports/queue-columns";
import { isIdentifierReason } from "@/lib/applicant/identifier-reason";
import { exportFileName, type ExportRequest } from "@/lib/exports/request";
import type { ExportColumn } from "@/lib/exports/values";
import { getOrganizationSettings } from "@/lib/settings/organization";
import { openReportBatch } from "@/lib/report/batch";
import { recordExport } from "./log";
import { exportWords } from "./words";
import { exportWhere, type ExportScope } from "./queue-export";
import { jobExportSql, movementExportSql } from "./sql/history";
import { queueExportSql } from "./sql/queue";

/** CURP, NSS and RFC leave in clear only with a reason of 10 to 300 characters (kept in the log). */
function requireReasonForClearIdentifiers(
  request: ExportRequest,
  columns: readonly QueueExportColumnId[],
  inClear: boolean,
) {
  if (!inClear || !columns.some((id) => IDENTIFIER_COLUMNS.includes(id))) return;
  if (isIdentifierReason(request.reason)) return;
  throw new AppError("bad_request", "errors.exports.invalidRequest", undefined, {
    fields: { reason: "exports.validation.reasonRequired" },
  });
}

/**
 * Starts an export for a signed-in user: checks the request, counts what it covers (for the
 * progress bar), and returns the CSV as a stream. The audit log gets one line when it ends.
 */
export async function openExport(
  request: ExportRequest,
  user: SessionUser,
  now = clockNow(),
  /** The organization's by default. */
  timeZone?: string,
) {
  const ids =
    request.kind === "queue"
      ? (request.columns ?? defaultQueueExportColumns((await getQueueColumns(user.id)).hidden))
      : [];
  const canSee = canExportIdentifiers(user.role);
  requireReasonForClearIdentifiers(request, ids, canSee);
  const scope: ExportScope = {
    userId: user.id,
    state: request.state,
    applicantId: request.applicantId,
    now,
    timeZone: timeZone ?? (await getOrganizationSettings()).timeZone,
  };
  if (request.kind === "reports") {
    const { body } = await openReportBatch(request, user, scope);
    return { fileName: exportFileName(request.kind, now), body, contentType: "application/zip" };
  }
  const total = await db().applicant.count({ where: exportWhere(scope) });
  if (request.applicantId && total === 0) {
    throw new AppError("not_found", "errors.applicant.notFound");
  }
  const words = exportWords(request.lang);
  // Queue files have a row per applicant; the history files number their applicants, and one
  // that completes has covered all of them (some may have no jobs, hence no rows).
  const perApplicant = request.kind === "queue";
  const stream = async <Row>(columns: readonly ExportColumn<Row>[], copy: CopyExport) => {
    const progressId = request.progressId;
    if (progressId) await startProgress(progressId, { userId: user.id, total });
    // The progress bar is a convenience: failing to move it never fails the download.
    const saveProgress = (patch: Parameters<typeof updateProgress>[2]) =>
      progressId
        ? updateProgress(progressId, user.id, patch).catch((progressError: unknown) =>
            console.error(
              `cotiza: could not save export progress: ${safeErrorSummary(progressError)}`,
            ),
          )
        : undefined;
    return copyCsvStream({
      header: columns.map((column) => words.header(column)),
      copy,
      open: copyCsvOut,
      applicants: (lines: CsvLines) => (perApplicant ? lines.rows : lines.ordinal),
      onProgress: (counts) => saveProgress(counts),
      onEnd: async (streamed, outcome, error) => {
        const counts =
          outcome === "complete" && !perApplicant ? { ...streamed, applicants: total } : streamed;
        await saveProgress({ ...counts, status: outcome });
        if (error)
          console.error(`cotiza: ${request.kind} export failed: ${safeErrorSummary(error)}`);
        await recordExport({
          user,
          request,
          columns: columns.map((column) => column.id),
          counts,
          outcome,
        }).catch((auditError: unknown) =>
          console.error(`cotiza: could not log an export: ${safeErrorSummary(auditError)}`),
        );
      },
    });
  };
  const fileName = exportFileName(request.kind, now);
  switch (request.kind) {
    case "queue": {
      const columns = queueExportColumns(ids, { identifiersMasked: !canSee });
      const copy = queueExportSql({
        scope,
        columns: columns.map((column) => column.id as QueueExportColumnId),
        canSeeIdentifiers: canSee,
        words,
      });
      return { fileName, body: await stream(columns, copy) };
    }
    case "jobs":
      return { fileName, body: await stream(JOB_EXPORT_COLUMNS, jobExportSql(scope)) };
    case "movements":
      return { fileName, body: await stream(MOVEMENT_EXPORT_COLUMNS, movementExportSql(scope)) };
  }
}
