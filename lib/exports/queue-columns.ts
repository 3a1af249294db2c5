import { employerLabel } from "@/lib/applicant/employer-label";
import { INSTITUTIONS, type Institution } from "@/lib/connect/institutions";
import { HIDEABLE_QUEUE_COLUMNS, type HideableQueueColumn } from "@/lib/queue/columns";
import { QUEUE_FLAGS, type FlagCode } from "@/lib/queue/flags";
import { LINK_STATUS_LABELS, type LinkStatusValue } from "@/lib/queue/options";
import { isoDay } from "@/lib/dates";
import { isoInstant, type ExportColumn } from "./values";

/** One applicant as the queue export writes it; identifiers arrive already masked for the role. */
export interface QueueExportRow {
  name: string;
  reference: string;
  institution: Institution;
  linkStatus: LinkStatusValue | null;
  employmentStatus: string | null;
  currentEmployer: string | null;
  currentJobStart: Date | null;
  tenureDays: number | null;
  monthlyIncome: string | null;
  score12: number | null;
  flags: string[];
  dataAsOf: Date | null;
  assignedTo: string | null;
  createdAt: Date;
  curp: string | null;
  nss: string | null;
  rfc: string | null;
}

const flagLabel = (code: string) => QUEUE_FLAGS[code as FlagCode]?.label ?? code;

// The queue's own columns first, in the queue's order, then the extras a report may want.
export const QUEUE_EXPORT_COLUMNS = [
  { id: "name", header: "Applicant", value: (r) => r.name },
  { id: "reference", header: "Reference", value: (r) => r.reference },
  { id: "institution", header: "Institution", value: (r) => INSTITUTIONS[r.institution].label },
  {
    id: "linkStatus",
    header: "Link status",
    value: (r) => (r.linkStatus ? LINK_STATUS_LABELS[r.linkStatus] : "No link"),
  },
  {
    id: "currentEmployer",
    header: "Current employer",
    value: (r) => (r.currentEmployer ? employerLabel(r.currentEmployer) : null),
  },
  { id: "monthlyIncome", header: "Monthly income (MXN)", value: (r) => r.monthlyIncome },
  { id: "tenure", header: "Tenure (days)", value: (r) => r.tenureDays },
  { id: "score12", header: "Score, next 12 months", value: (r) => r.score12 },
  { id: "flags", header: "Flags", value: (r) => r.flags.map(flagLabel).join("; ") },
  { id: "dataAsOf", header: "Data as of", value: (r) => isoInstant(r.dataAsOf) },
  { id: "assignedTo", header: "Assigned to", value: (r) => r.assignedTo },
  { id: "employmentStatus", header: "Employment status", value: (r) => r.employmentStatus },
  { id: "currentJobStart", header: "Current job start", value: (r) => isoDay(r.currentJobStart) },
  { id: "createdAt", header: "Added on", value: (r) => isoInstant(r.createdAt) },
  { id: "curp", header: "CURP", value: (r) => r.curp },
  { id: "nss", header: "NSS", value: (r) => r.nss },
  { id: "rfc", header: "RFC", value: (r) => r.rfc },
] as const satisfies readonly ExportColumn<QueueExportRow>[];

export type QueueExportColumnId = (typeof QUEUE_EXPORT_COLUMNS)[number]["id"];

export const QUEUE_EXPORT_COLUMN_IDS = QUEUE_EXPORT_COLUMNS.map((c) => c.id);

export const IDENTIFIER_COLUMNS: readonly QueueExportColumnId[] = ["curp", "nss", "rfc"];

const ALWAYS: readonly QueueExportColumnId[] = ["name", "reference"];

/** What the queue shows this person: name and reference, then the columns they have not hidden. */
export function defaultQueueExportColumns(
  hidden: readonly HideableQueueColumn[],
): QueueExportColumnId[] {
  return [...ALWAYS, ...HIDEABLE_QUEUE_COLUMNS.filter((id) => !hidden.includes(id))];
}

/** The chosen columns in the file's fixed order; masked identifiers say so in their header. */
export function queueExportColumns(
  ids: readonly QueueExportColumnId[],
  options: { identifiersMasked: boolean },
): ExportColumn<QueueExportRow>[] {
  return QUEUE_EXPORT_COLUMNS.filter((column) => ids.includes(column.id)).map((column) =>
    options.identifiersMasked && IDENTIFIER_COLUMNS.includes(column.id)
      ? { ...column, header: `${column.header} (masked)` }
      : column,
  );
}
