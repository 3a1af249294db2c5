import "server-only";
import { daysSince } from "@/lib/dates";
import { maskIdentifier } from "@/lib/applicant/mask";
import { queueOrderBy, queueWhere, sortKey } from "@/lib/queue/query";
import type { QueueState } from "@/lib/queue/params";
import { decryptField, lookupHash } from "@/lib/crypto/field-encryption";
import { QUEUE_ROW_SELECT } from "@/lib/queue/list";
import { db } from "@/lib/db";
import {
  DECISION_COLUMNS,
  type QueueExportColumnId,
  type QueueExportRow,
} from "@/lib/exports/queue-columns";
import type { Prisma } from "@/lib/generated/prisma/client";
import { currentDecisions } from "./current-decisions";
import { keysetScan } from "./keyset-scan";
import { visibleApplicantById } from "@/lib/privacy/visible";

export interface ExportScope {
  userId: string;
  state: QueueState;
  applicantId: string | null;
  now: Date;
  /** The organization's IANA time zone: the freshness filter and tenure count days in it. */
  timeZone: string;
}

/** The applicants an export covers: one, or all that the queue shows for the state. */
export function exportWhere(scope: ExportScope): Prisma.ApplicantWhereInput {
  if (scope.applicantId) return visibleApplicantById(scope.applicantId);
  return queueWhere(scope.state, {
    userId: scope.userId,
    now: scope.now,
    timeZone: scope.timeZone,
    curpHash: lookupHash,
  });
}

/** The identifiers as this role may export them: in clear, or masked like on screen. */
function revealer(canSeeIdentifiers: boolean) {
  return (ciphertext: string | null | undefined): string | null => {
    if (!ciphertext) return null;
    const value = decryptField(ciphertext);
    return canSeeIdentifiers ? value : maskIdentifier(value);
  };
}

/**
 * Batches of queue rows; identifiers are decrypted, and current decisions read (one query per
 * batch), only when a chosen column needs them.
 */
export async function* queueExportBatches(options: {
  scope: ExportScope;
  columns: readonly QueueExportColumnId[];
  canSeeIdentifiers: boolean;
  batchSize?: number;
}): AsyncGenerator<{ rows: QueueExportRow[]; applicants: number }> {
  const { scope, columns } = options;
  const where = exportWhere(scope);
  const orderBy = queueOrderBy(scope.state);
  const wantsCurp = columns.includes("curp");
  const wantsSnapshotIds = columns.includes("nss") || columns.includes("rfc");
  const reveal = revealer(options.canSeeIdentifiers);
  const wantsDecision = columns.some(
    (id) => id !== "decisionStatus" && DECISION_COLUMNS.includes(id),
  );
  const wantsNote = columns.includes("decisionNote");
  const batches = keysetScan({
    key: sortKey(scope.state),
    batchSize: options.batchSize ?? 1000,
    fetch: (after, take) =>
      db().applicant.findMany({
        where: { AND: [where, after] },
        orderBy,
        take,
        select: {
          ...QUEUE_ROW_SELECT,
          createdAt: true,
          decisionStatus: true,
          curpCiphertext: wantsCurp,
          snapshots: wantsSnapshotIds
            ? {
                orderBy: [{ collectedAt: "desc" }, { id: "desc" }],
                take: 1,
                select: { nssCiphertext: true, rfcCiphertext: true },
              }
            : false,
        },
      }),
  });
  for await (const rows of batches) {
    const ids = wantsDecision ? rows.map((row) => row.id) : [];
    const decisions = await currentDecisions(ids, { withNote: wantsNote });
    const mapped = rows.map((row): QueueExportRow => {
      const latest = row.snapshots?.[0];
      return {
        name: row.name,
        reference: row.reference,
        institution: row.institution,
        linkStatus: row.link?.status ?? null,
        employmentStatus: row.employmentStatus,
        currentEmployer: row.currentEmployer,
        currentJobStart: row.currentJobStart,
        tenureDays: daysSince(row.currentJobStart, scope.now, scope.timeZone),
        monthlyIncome: row.monthlyIncome?.toFixed(2) ?? null,
        score12: row.score12,
        flags: row.flags,
        dataAsOf: row.dataAsOf,
        assignedTo: row.assignedTo?.name ?? null,
        createdAt: row.createdAt,
        curp: reveal(row.curpCiphertext),
        nss: reveal(latest?.nssCiphertext),
        rfc: reveal(latest?.rfcCiphertext),
        decisionStatus: row.decisionStatus,
        decision: decisions.get(row.id) ?? null,
      };
    });
    yield { rows: mapped, applicants: rows.length };
  }
}
