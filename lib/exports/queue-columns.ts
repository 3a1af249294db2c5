import { employerLabel } from "@/lib/applicant/employer-label";
import type { DecisionOutcome } from "@/lib/applicant/decision-reasons";
import type { DecisionStatus } from "@/lib/applicant/decision-status";
import type { SignOffState } from "@/lib/generated/prisma/enums";
import type { Institution } from "@/lib/connect/institutions";
import { HIDEABLE_QUEUE_COLUMNS, type HideableQueueColumn } from "@/lib/queue/columns";
import type { LinkStatusValue } from "@/lib/queue/options";
import { isoDay } from "@/lib/dates";
import { isoInstant, type ExportColumn } from "./values";

/** The applicant's current decision: their newest one (an amendment replaces what it amends). */
export interface CurrentDecision {
  outcome: DecisionOutcome;
  reasonCode: string;
  /** Read only when the note column is chosen. */
  note: string | null;
  decidedBy: string | null;
  decidedAt: Date;
  signOff: SignOffState | null;
  signedOffBy: string | null;
  signedOffAt: Date | null;
}

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
  decisionStatus: DecisionStatus;
  /** Null when undecided, or when no chosen column needs it. */
  decision: CurrentDecision | null;
}

// The queue's own columns first, in the queue's order, then the extras a report may want. Headers
// are `exports.columns.<id>`; flags and link status are written as labels in the file's language.
export const QUEUE_EXPORT_COLUMNS = [
  { id: "name", value: (r) => r.name },
  { id: "reference", value: (r) => r.reference },
  { id: "decisionStatus", value: (r, words) => words.decisionStatus(r.decisionStatus) },
  { id: "institution", value: (r, words) => words.institution(r.institution) },
  { id: "linkStatus", value: (r, words) => words.linkStatus(r.linkStatus) },
  {
    id: "currentEmployer",
    value: (r) => (r.currentEmployer ? employerLabel(r.currentEmployer) : null),
  },
  { id: "monthlyIncome", value: (r) => r.monthlyIncome },
  { id: "tenure", value: (r) => r.tenureDays },
  { id: "score12", value: (r) => r.score12 },
  { id: "flags", value: (r, words) => r.flags.map(words.flag).join("; ") },
  { id: "dataAsOf", value: (r) => isoInstant(r.dataAsOf) },
  { id: "assignedTo", value: (r) => r.assignedTo },
  { id: "employmentStatus", value: (r) => r.employmentStatus },
  { id: "currentJobStart", value: (r) => isoDay(r.currentJobStart) },
  { id: "createdAt", value: (r) => isoInstant(r.createdAt) },
  { id: "curp", value: (r) => r.curp },
  { id: "nss", value: (r) => r.nss },
  { id: "rfc", value: (r) => r.rfc },
  { id: "decisionOutcome", value: (r, words) => r.decision && words.outcome(r.decision.outcome) },
  { id: "decisionReason", value: (r, words) => r.decision && words.reason(r.decision.reasonCode) },
  { id: "decisionNote", value: (r) => r.decision?.note },
  { id: "decidedBy", value: (r) => r.decision?.decidedBy },
  { id: "decidedAt", value: (r) => isoInstant(r.decision?.decidedAt ?? null) },
  { id: "signOff", value: (r, words) => r.decision && words.signOff(r.decision.signOff) },
  { id: "signedOffBy", value: (r) => r.decision?.signedOffBy },
  { id: "signedOffAt", value: (r) => isoInstant(r.decision?.signedOffAt ?? null) },
] as const satisfies readonly ExportColumn<QueueExportRow>[];

export type QueueExportColumnId = (typeof QUEUE_EXPORT_COLUMNS)[number]["id"];

export const QUEUE_EXPORT_COLUMN_IDS = QUEUE_EXPORT_COLUMNS.map((c) => c.id);

export const IDENTIFIER_COLUMNS: readonly QueueExportColumnId[] = ["curp", "nss", "rfc"];

/** The current decision's columns (its status is the applicant's own; the rest need the decision). */
export const DECISION_COLUMNS: readonly QueueExportColumnId[] = [
  "decisionStatus",
  "decisionOutcome",
  "decisionReason",
  "decisionNote",
  "decidedBy",
  "decidedAt",
  "signOff",
  "signedOffBy",
  "signedOffAt",
];

const ALWAYS: readonly QueueExportColumnId[] = ["name", "reference"];

/**
 * The queue's hideable columns a file holds by default, in the queue's order; not the days waiting,
 * which change by the day (the registration date, `createdAt`, can be chosen instead).
 */
const QUEUE_COLUMNS_EXPORTED = [
  "decisionStatus",
  ...HIDEABLE_QUEUE_COLUMNS,
] as const satisfies readonly (QueueExportColumnId & HideableQueueColumn)[];

/** What the queue shows this person: name and reference, then the columns they have not hidden. */
export function defaultQueueExportColumns(
  hidden: readonly HideableQueueColumn[],
): QueueExportColumnId[] {
  return [...ALWAYS, ...QUEUE_COLUMNS_EXPORTED.filter((id) => !hidden.includes(id))];
}

/** The chosen columns in the file's fixed order; masked identifiers say so in their header. */
export function queueExportColumns(
  ids: readonly QueueExportColumnId[],
  options: { identifiersMasked: boolean },
): ExportColumn<QueueExportRow>[] {
  return QUEUE_EXPORT_COLUMNS.filter((column) => ids.includes(column.id)).map((column) =>
    options.identifiersMasked && IDENTIFIER_COLUMNS.includes(column.id)
      ? { ...column, masked: true }
      : column,
  );
}
