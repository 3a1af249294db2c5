import "server-only";
import { DECISION_OUTCOMES, DECISION_REASONS } from "@/lib/applicant/decision-reasons";
import { DECISION_STATUSES } from "@/lib/applicant/decision-status";
import { employerLabel } from "@/lib/applicant/employer-label";
import { maskIdentifier } from "@/lib/applicant/mask";
import { INSTITUTIONS, type Institution } from "@/lib/connect/institutions";
import { decryptField } from "@/lib/crypto/field-encryption";
import { sqlLiteral } from "@/lib/db/copy";
import { dayInZone } from "@/lib/dates";
import { FLAG_CODES } from "@/lib/metrics/flag-rules";
import { LINK_STATUS_KEYS, type LinkStatusValue } from "@/lib/queue/options";
import { queueOrderBy } from "@/lib/queue/query";
import type { CsvValue } from "../csv";
import type { CopyExport } from "../csv-lines";
import type { QueueExportColumnId } from "../queue-columns";
import type { ExportScope } from "../queue-export";
import { exportWhere } from "../queue-export";
import type { ExportWords } from "../words";
import {
  dayCell,
  employerCell,
  finishedCell,
  instantCell,
  numberCell,
  textCell,
  wordsCase,
  wordsCell,
} from "./cells";
import { applicantOrderSql, applicantWhereSql } from "@/lib/queue/where-sql";

type Join = "link" | "assignee" | "snapshot" | "decision";

interface ColumnSql {
  sql: string;
  joins?: Join[];
  /** For a cell SQL marks (FINISH_MARK): its value as JavaScript writes it. */
  finish?: (raw: string) => CsvValue;
}

const SIGN_OFF_STATES = ["REQUIRED", "SIGNED", "RETURNED"] as const;
const REASON_CODES = DECISION_OUTCOMES.flatMap((outcome) => Object.keys(DECISION_REASONS[outcome]));

const JOINS: Record<Join, (withNote: boolean) => string> = {
  link: () => "LEFT JOIN links l ON l.applicant_id = a.id",
  assignee: () => "LEFT JOIN users u ON u.id = a.assigned_to_id",
  snapshot: () => `LEFT JOIN LATERAL (
      SELECT s.nss_ciphertext, s.rfc_ciphertext FROM snapshots s WHERE s.applicant_id = a.id
      ORDER BY s.collected_at DESC, s.id DESC LIMIT 1) s ON TRUE`,
  // The current decision: the newest (an amendment replaces what it amends). The note, free
  // text, is read only when its column is chosen.
  decision: (withNote) => `LEFT JOIN LATERAL (
      SELECT d.outcome, d.reason_code, ${withNote ? "d.note" : "NULL::text"} AS note,
        decider.name AS decided_by, d.created_at, d.sign_off,
        signer.name AS signed_off_by, d.signed_off_at
      FROM decisions d
      LEFT JOIN users decider ON decider.id = d.decided_by_id
      LEFT JOIN users signer ON signer.id = d.signed_off_by_id
      WHERE d.applicant_id = a.id ORDER BY d.created_at DESC, d.id DESC LIMIT 1) d ON TRUE`,
};

/** CURP, NSS and RFC as this role may export them: in clear, or masked like on screen. */
function revealer(canSeeIdentifiers: boolean) {
  return (ciphertext: string): string | null => {
    if (!ciphertext) return null;
    const value = decryptField(ciphertext);
    return canSeeIdentifiers ? value : maskIdentifier(value);
  };
}

function columnSql(options: {
  words: ExportWords;
  today: string;
  canSeeIdentifiers: boolean;
}): Record<QueueExportColumnId, ColumnSql> {
  const { words, today } = options;
  const reveal = revealer(options.canSeeIdentifiers);
  const institutions = (Object.keys(INSTITUTIONS) as Institution[]).map(
    (code) => [code, words.institution(code)] as const,
  );
  const linkStatuses = (Object.keys(LINK_STATUS_KEYS) as LinkStatusValue[]).map(
    (code) => [code, words.linkStatus(code)] as const,
  );
  const flags = FLAG_CODES.map((code) => [code, words.flag(code)] as const);
  const signOff = SIGN_OFF_STATES.map((state) => [state, words.signOff(state)] as const);
  return {
    name: { sql: textCell("a.name") },
    reference: { sql: textCell("a.reference") },
    decisionStatus: {
      sql: wordsCell(
        "a.decision_status",
        DECISION_STATUSES.map((status) => [status, words.decisionStatus(status)]),
      ),
    },
    institution: { sql: wordsCell("a.institution", institutions) },
    linkStatus: {
      sql: wordsCell("l.status", linkStatuses, words.linkStatus(null)),
      joins: ["link"],
    },
    currentEmployer: { sql: employerCell("a.current_employer"), finish: employerLabel },
    monthlyIncome: { sql: numberCell("a.monthly_income") },
    // `daysSince`: whole days from the job's start to today in the organization's time zone.
    tenure: {
      sql: numberCell(
        `CASE WHEN a.current_job_start IS NULL THEN NULL ELSE GREATEST(0, ${sqlLiteral(today)}::date - a.current_job_start) END`,
      ),
    },
    score12: { sql: numberCell("a.score_12") },
    // Most applicants have no flag or one: only more than one needs the list taken apart.
    flags: {
      sql: `(CASE cardinality(a.flags) WHEN 0 THEN NULL WHEN 1 THEN ${wordsCell("a.flags[1]", flags)} ELSE ${textCell(
        `array_to_string(ARRAY(SELECT ${wordsCase("f.code", flags)} FROM unnest(a.flags) WITH ORDINALITY AS f(code, n) ORDER BY f.n), '; ')`,
      )} END)`,
    },
    dataAsOf: { sql: instantCell("a.data_as_of") },
    assignedTo: { sql: textCell("u.name"), joins: ["assignee"] },
    employmentStatus: { sql: textCell("a.employment_status") },
    currentJobStart: { sql: dayCell("a.current_job_start") },
    createdAt: { sql: instantCell("a.created_at") },
    curp: { sql: finishedCell("a.curp_ciphertext"), finish: reveal },
    nss: { sql: finishedCell("s.nss_ciphertext"), finish: reveal, joins: ["snapshot"] },
    rfc: { sql: finishedCell("s.rfc_ciphertext"), finish: reveal, joins: ["snapshot"] },
    decisionOutcome: {
      sql: wordsCell(
        "d.outcome",
        DECISION_OUTCOMES.map((outcome) => [outcome, words.outcome(outcome)]),
      ),
      joins: ["decision"],
    },
    decisionReason: {
      sql: wordsCell(
        "d.reason_code",
        REASON_CODES.map((code) => [code, words.reason(code)]),
      ),
      joins: ["decision"],
    },
    decisionNote: { sql: textCell("d.note"), joins: ["decision"] },
    decidedBy: { sql: textCell("d.decided_by"), joins: ["decision"] },
    decidedAt: { sql: instantCell("d.created_at"), joins: ["decision"] },
    // No sign-off state on a decision means none was needed; no decision, an empty cell.
    signOff: {
      sql: `(CASE WHEN d.created_at IS NULL THEN NULL ELSE ${wordsCell("d.sign_off", signOff, words.signOff(null))} END)`,
      joins: ["decision"],
    },
    signedOffBy: { sql: textCell("d.signed_off_by"), joins: ["decision"] },
    signedOffAt: { sql: instantCell("d.signed_off_at"), joins: ["decision"] },
  };
}

/** The queue export's rows, in the queue's order, as one SELECT for COPY. */
export function queueExportSql(options: {
  scope: ExportScope;
  /** The file's columns, in its order. */
  columns: readonly QueueExportColumnId[];
  canSeeIdentifiers: boolean;
  words: ExportWords;
}): CopyExport {
  const { scope } = options;
  const all = columnSql({
    words: options.words,
    today: dayInZone(scope.now, scope.timeZone),
    canSeeIdentifiers: options.canSeeIdentifiers,
  });
  const chosen = options.columns.map((id) => all[id]);
  const joins = new Set(chosen.flatMap((column) => column.joins ?? []));
  const withNote = options.columns.includes("decisionNote");
  const select = `SELECT ${chosen.map((column) => column.sql).join(",\n  ")}
    FROM applicants a
    ${[...joins].map((join) => JOINS[join](withNote)).join("\n    ")}
    WHERE ${applicantWhereSql(exportWhere(scope))}
    ORDER BY ${applicantOrderSql(queueOrderBy(scope.state))}`;
  const finish = new Map<number, (raw: string) => CsvValue>();
  chosen.forEach((column, index) => {
    if (column.finish) finish.set(index, column.finish);
  });
  return { select, finish, ordinal: false };
}
