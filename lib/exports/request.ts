import { z } from "zod";
import { IDENTIFIER_REASON_LENGTH } from "@/lib/applicant/identifier-reason";
import {
  DEFAULT_QUEUE_STATE,
  parseQueueParams,
  queueSearchSchema,
  serializeQueueState,
  type QueueState,
} from "@/lib/queue/params";
import { AppError, validationKey } from "@/lib/errors";
import { safeText } from "@/lib/http/text";
import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from "@/lib/i18n/locales";
import { QUEUE_EXPORT_COLUMN_IDS, type QueueExportColumnId } from "./queue-columns";
import { isoInstant } from "./values";

export const EXPORT_KINDS = ["queue", "jobs", "movements", "reports"] as const;
/** Each kind's title and description are `exports.kinds.<kind>.title` and `.description`. */
export type ExportKind = (typeof EXPORT_KINDS)[number];

/** What to export: the queue's filters, search and sort (never its page), or one applicant. */
export interface ExportRequest {
  kind: ExportKind;
  state: QueueState;
  /** Queue exports only; null means the person's default (the queue's visible columns). */
  columns: QueueExportColumnId[] | null;
  applicantId: string | null;
  /** The language of the header row and of label cells (flags, link status); values never change. */
  lang: Locale;
  /** Chosen by the browser so that it can follow the progress of this download. */
  progressId: string | null;
  /** Why CURP, NSS and RFC are exported in clear; required then (see `open-export.ts`). */
  reason: string | null;
}

const optionalUuid = (message: string) => z.uuid({ message }).nullable().default(null);

const extrasSchema = z.object({
  // The queue page drops a search it cannot use; a download is refused instead (a file of the
  // whole queue is not what was asked for).
  q: queueSearchSchema.optional(),
  columns: z
    .string()
    .transform((text) => text.split(",").filter(Boolean))
    .pipe(
      z
        .array(z.enum(QUEUE_EXPORT_COLUMN_IDS, { message: "exports.validation.unknownColumn" }))
        .min(1, { message: "exports.validation.noColumns" }),
    )
    .nullable()
    .default(null),
  applicant: optionalUuid("exports.validation.applicantId"),
  progress: optionalUuid("exports.validation.progressId"),
  lang: z.enum(LOCALES, { message: "exports.validation.language" }).nullable().default(null),
  reason: safeText({ max: IDENTIFIER_REASON_LENGTH.max, tooLong: "exports.validation.reason" })
    .transform((text) => text || null)
    .nullable()
    .default(null),
});

const single = (params: URLSearchParams, key: string) => params.get(key) ?? undefined;

/** `lang` is the header language when the URL names none: the reader's own, Spanish by default. */
export function parseExportRequest(
  kind: string,
  params: URLSearchParams,
  lang: Locale = DEFAULT_LOCALE,
): ExportRequest {
  if (!(EXPORT_KINDS as readonly string[]).includes(kind)) {
    throw new AppError("not_found", "errors.exports.unknownKind");
  }
  const extras = extrasSchema.safeParse({
    q: single(params, "q"),
    columns: single(params, "columns"),
    applicant: single(params, "applicant"),
    progress: single(params, "progress"),
    lang: single(params, "lang"),
    reason: single(params, "reason"),
  });
  if (!extras.success) {
    throw new AppError("bad_request", "errors.exports.invalidRequest", undefined, {
      fields: Object.fromEntries(
        extras.error.issues.map((issue) => [issue.path.join("."), validationKey(issue)]),
      ),
    });
  }
  return {
    kind: kind as ExportKind,
    state: { ...parseQueueParams(params), page: 1, pageSize: DEFAULT_QUEUE_STATE.pageSize },
    columns: kind === "queue" ? extras.data.columns : null,
    applicantId: extras.data.applicant,
    lang: extras.data.lang ?? lang,
    progressId: extras.data.progress,
    reason: extras.data.reason,
  };
}

/** The download URL of a request (the inverse of `parseExportRequest`). */
export function exportHref(
  request: Omit<ExportRequest, "progressId" | "reason"> & { reason?: string | null },
  progressId?: string,
) {
  const params = new URLSearchParams(
    request.applicantId ? "" : serializeQueueState({ ...request.state, page: 1 }),
  );
  params.delete("size");
  if (request.applicantId) params.set("applicant", request.applicantId);
  if (request.columns) params.set("columns", request.columns.join(","));
  params.set("lang", request.lang);
  if (request.reason) params.set("reason", request.reason);
  if (progressId) params.set("progress", progressId);
  const query = params.toString().replaceAll("%2C", ",");
  return `/api/exports/${request.kind}${query ? `?${query}` : ""}`;
}

/** `cotiza-queue-20261126T004512Z.csv`: the kind and the moment, sortable, safe on every OS. */
export function exportFileName(kind: ExportKind, now: Date): string {
  const stamp = (isoInstant(now) ?? "").replaceAll(/[-:]/g, "");
  // Verification reports travel as PDFs in one ZIP; every other kind is a CSV.
  return `cotiza-${kind}-${stamp}.${kind === "reports" ? "zip" : "csv"}`;
}

/**
 * The exports page's state from its URL. Lenient like the queue's: a value that does not parse is
 * dropped (the page then offers the defaults, the header language being the reader's `lang`),
 * never an error page.
 */
export function parseExportPage(
  input: URLSearchParams,
  lang: Locale = DEFAULT_LOCALE,
): Omit<ExportRequest, "progressId" | "reason"> {
  const kind = EXPORT_KINDS.find((candidate) => candidate === input.get("kind")) ?? "queue";
  const params = new URLSearchParams(input);
  const columns = (params.get("columns") ?? "")
    .split(",")
    .filter((id): id is QueueExportColumnId =>
      (QUEUE_EXPORT_COLUMN_IDS as readonly string[]).includes(id),
    );
  const chosen = params.get("lang");
  for (const key of ["kind", "progress", "columns", "lang", "reason"]) params.delete(key);
  if (!z.uuid().safeParse(params.get("applicant")).success) params.delete("applicant");
  if (!queueSearchSchema.safeParse(params.get("q") ?? "").success) params.delete("q");
  const { state, applicantId } = parseExportRequest(kind, params);
  return {
    kind,
    state,
    applicantId,
    lang: isLocale(chosen) ? chosen : lang,
    columns: kind === "queue" && columns.length ? columns : null,
  };
}
