import { z } from "zod";
import { CURP_PATTERN } from "@/lib/connect/new-applicant";
import { maskIdentifier } from "@/lib/applicant/mask";
import {
  DEFAULT_QUEUE_STATE,
  parseQueueParams,
  serializeQueueState,
  type QueueState,
} from "@/lib/queue/params";
import { AppError } from "@/lib/errors";
import { QUEUE_EXPORT_COLUMN_IDS, type QueueExportColumnId } from "./queue-columns";
import { isoInstant } from "./values";

export const EXPORT_KINDS = ["queue", "jobs", "movements"] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export const EXPORT_KIND_LABELS: Record<ExportKind, { title: string; description: string }> = {
  queue: {
    title: "Applicant queue",
    description: "One row per applicant, with the queue's columns or the ones you pick.",
  },
  jobs: {
    title: "Employment history",
    description:
      "One row per job of each applicant's latest records: employer, registro patronal, state, start, end, weeks and salary.",
  },
  movements: {
    title: "Salary movements",
    description: "One row per salary movement: employer, event, date and daily base salary.",
  },
};

/** What to export: the queue's filters, search and sort (never its page), or one applicant. */
export interface ExportRequest {
  kind: ExportKind;
  state: QueueState;
  /** Queue exports only; null means the person's default (the queue's visible columns). */
  columns: QueueExportColumnId[] | null;
  applicantId: string | null;
  /** Chosen by the browser so that it can follow the progress of this download. */
  progressId: string | null;
}

const optionalUuid = (label: string) =>
  z
    .uuid({ message: `${label} is not valid.` })
    .nullable()
    .default(null);

const extrasSchema = z.object({
  columns: z
    .string()
    .transform((text) => text.split(",").filter(Boolean))
    .pipe(
      z
        .array(z.enum(QUEUE_EXPORT_COLUMN_IDS, { message: "Unknown column." }))
        .min(1, { message: "Choose at least one column." }),
    )
    .nullable()
    .default(null),
  applicant: optionalUuid("The applicant id"),
  progress: optionalUuid("The progress id"),
});

const single = (params: URLSearchParams, key: string) => params.get(key) ?? undefined;

export function parseExportRequest(kind: string, params: URLSearchParams): ExportRequest {
  if (!(EXPORT_KINDS as readonly string[]).includes(kind)) {
    throw new AppError("not_found", `There is no "${kind}" export.`);
  }
  const extras = extrasSchema.safeParse({
    columns: single(params, "columns"),
    applicant: single(params, "applicant"),
    progress: single(params, "progress"),
  });
  if (!extras.success) {
    throw new AppError("bad_request", extras.error.issues[0]?.message);
  }
  return {
    kind: kind as ExportKind,
    state: { ...parseQueueParams(params), page: 1, pageSize: DEFAULT_QUEUE_STATE.pageSize },
    columns: kind === "queue" ? extras.data.columns : null,
    applicantId: extras.data.applicant,
    progressId: extras.data.progress,
  };
}

/** The download URL of a request (the inverse of `parseExportRequest`). */
export function exportHref(request: Omit<ExportRequest, "progressId">, progressId?: string) {
  const params = new URLSearchParams(
    request.applicantId ? "" : serializeQueueState({ ...request.state, page: 1 }),
  );
  params.delete("size");
  if (request.applicantId) params.set("applicant", request.applicantId);
  if (request.columns) params.set("columns", request.columns.join(","));
  if (progressId) params.set("progress", progressId);
  const query = params.toString().replaceAll("%2C", ",");
  return `/api/exports/${request.kind}${query ? `?${query}` : ""}`;
}

/** The filters as the audit log keeps them: a searched CURP is masked, like everywhere else. */
export function describeFilters(request: ExportRequest): string {
  if (request.applicantId) return "one applicant";
  const q = request.state.q;
  const safeQ = q && CURP_PATTERN.test(q.toUpperCase()) ? (maskIdentifier(q) ?? undefined) : q;
  const text = serializeQueueState({ ...request.state, q: safeQ, page: 1 });
  return decodeURIComponent(text.replaceAll("+", " ")) || "all applicants";
}

/** `cotiza-queue-20261126T004512Z.csv`: the kind and the moment, sortable, safe on every OS. */
export function exportFileName(kind: ExportKind, now: Date): string {
  const stamp = (isoInstant(now) ?? "").replaceAll(/[-:]/g, "");
  return `cotiza-${kind}-${stamp}.csv`;
}

/**
 * The exports page's state from its URL. Lenient like the queue's: a value that does not parse is
 * dropped (the page then offers the defaults), never an error page.
 */
export function parseExportPage(input: URLSearchParams): Omit<ExportRequest, "progressId"> {
  const kind = EXPORT_KINDS.find((candidate) => candidate === input.get("kind")) ?? "queue";
  const params = new URLSearchParams(input);
  const columns = (params.get("columns") ?? "")
    .split(",")
    .filter((id): id is QueueExportColumnId =>
      (QUEUE_EXPORT_COLUMN_IDS as readonly string[]).includes(id),
    );
  for (const key of ["kind", "progress", "columns"]) params.delete(key);
  if (!z.uuid().safeParse(params.get("applicant")).success) params.delete("applicant");
  const { state, applicantId } = parseExportRequest(kind, params);
  return { kind, state, applicantId, columns: kind === "queue" && columns.length ? columns : null };
}
