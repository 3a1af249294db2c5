// The exports as they were written before COPY: rows read through Prisma in keyset batches and
// every cell written by lib/exports/csv.ts. Kept for tests only, as the oracle the COPY path must
// match byte for byte (copy-parity.test.ts).
import { daysSince } from "@/lib/dates";
import { maskIdentifier } from "@/lib/applicant/mask";
import { canExportIdentifiers } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/users";
import { decryptField } from "@/lib/crypto/field-encryption";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { queueOrderBy, sortKey } from "@/lib/queue/query";
import { QUEUE_ROW_SELECT } from "@/lib/queue/list";
import { csvRow, UTF8_BOM } from "../csv";
import {
  JOB_EXPORT_COLUMNS,
  MOVEMENT_EXPORT_COLUMNS,
  type JobExportRow,
  type MovementExportRow,
} from "../history-columns";
import { keysetScan } from "../keyset-scan";
import {
  DECISION_COLUMNS,
  queueExportColumns,
  type CurrentDecision,
  type QueueExportColumnId,
  type QueueExportRow,
} from "../queue-columns";
import { exportWhere, type ExportScope } from "../queue-export";
import type { ExportRequest } from "../request";
import { tabulate, type ExportColumn } from "../values";
import { exportWords } from "../words";

async function currentDecisions(applicantIds: readonly string[], withNote: boolean) {
  if (applicantIds.length === 0) return new Map<string, CurrentDecision>();
  const note = withNote ? Prisma.sql`d.note` : Prisma.sql`NULL::text`;
  const rows = await db().$queryRaw<(CurrentDecision & { applicantId: string })[]>`
    SELECT DISTINCT ON (d.applicant_id)
      d.applicant_id AS "applicantId", d.outcome::text AS outcome, d.reason_code AS "reasonCode",
      ${note} AS note, decider.name AS "decidedBy", d.created_at AS "decidedAt",
      d.sign_off::text AS "signOff", signer.name AS "signedOffBy", d.signed_off_at AS "signedOffAt"
    FROM decisions d
    LEFT JOIN users decider ON decider.id = d.decided_by_id
    LEFT JOIN users signer ON signer.id = d.signed_off_by_id
    WHERE d.applicant_id = ANY(${[...applicantIds]}::uuid[])
    ORDER BY d.applicant_id, d.created_at DESC, d.id DESC`;
  return new Map(rows.map(({ applicantId, ...decision }) => [applicantId, decision]));
}

async function* queueRows(
  scope: ExportScope,
  columns: readonly QueueExportColumnId[],
  canSee: boolean,
  batchSize: number,
) {
  const where = exportWhere(scope);
  const reveal = (ciphertext: string | null | undefined) => {
    if (!ciphertext) return null;
    const value = decryptField(ciphertext);
    return canSee ? value : maskIdentifier(value);
  };
  const wantsDecision = columns.some(
    (id) => id !== "decisionStatus" && DECISION_COLUMNS.includes(id),
  );
  const batches = keysetScan({
    key: sortKey(scope.state),
    batchSize,
    fetch: (after, take) =>
      db().applicant.findMany({
        where: { AND: [where, after] },
        orderBy: queueOrderBy(scope.state),
        take,
        select: {
          ...QUEUE_ROW_SELECT,
          createdAt: true,
          decisionStatus: true,
          curpCiphertext: true,
          snapshots: {
            orderBy: [{ collectedAt: "desc" }, { id: "desc" }],
            take: 1,
            select: { nssCiphertext: true, rfcCiphertext: true },
          },
        },
      }),
  });
  for await (const rows of batches) {
    const decisions = await currentDecisions(
      wantsDecision ? rows.map((row) => row.id) : [],
      columns.includes("decisionNote"),
    );
    for (const row of rows) {
      const latest = row.snapshots[0];
      yield {
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
      } satisfies QueueExportRow;
    }
  }
}

const money = (value: { toFixed: (digits: number) => string } | null) => value?.toFixed(2) ?? null;

async function* historyRows(scope: ExportScope, withMovements: boolean, batchSize: number) {
  const batches = keysetScan({
    key: sortKey(scope.state),
    batchSize,
    fetch: (after, take) =>
      db().applicant.findMany({
        where: { AND: [exportWhere(scope), after] },
        orderBy: queueOrderBy(scope.state),
        take,
        select: {
          id: true,
          name: true,
          reference: true,
          createdAt: true,
          currentJobStart: true,
          monthlyIncome: true,
          score12: true,
          dataAsOf: true,
          snapshots: {
            orderBy: [{ collectedAt: "desc" }, { id: "desc" }],
            take: 1,
            select: {
              jobs: {
                orderBy: { position: "asc" },
                include: { movements: { orderBy: { position: "asc" } } },
              },
            },
          },
        },
      }),
  });
  for await (const applicants of batches) {
    for (const applicant of applicants) {
      for (const job of applicant.snapshots[0]?.jobs ?? []) {
        const jobRow = {
          reference: applicant.reference,
          applicant: applicant.name,
          employer: job.employer,
          employerId: job.employerId,
          state: job.state,
          startDate: job.startDate,
          endDate: job.endDate,
          weeksEmployed: job.weeksEmployed,
          lastDailySalary: money(job.lastDailySalary),
          monthlySalary: money(job.monthlySalary),
        };
        if (!withMovements) yield jobRow;
        else
          for (const movement of job.movements)
            yield {
              ...jobRow,
              event: movement.event,
              date: movement.date,
              dailySalary: money(movement.dailySalary),
            };
      }
    }
  }
}

/** The file the old path wrote for `request`, read by `user`, as text (byte-order mark first). */
export async function rowExportText(
  request: ExportRequest & { columns: QueueExportColumnId[] },
  user: SessionUser,
  scope: ExportScope,
  batchSize = 2,
): Promise<string> {
  const words = exportWords(request.lang);
  const write = async <Row>(columns: readonly ExportColumn<Row>[], rows: AsyncIterable<Row>) => {
    const { header, cells } = tabulate(columns, words);
    let text = UTF8_BOM + csvRow(header);
    for await (const row of rows) text += csvRow(cells(row));
    return text;
  };
  const canSee = canExportIdentifiers(user.role);
  switch (request.kind) {
    case "queue":
      return write(
        queueExportColumns(request.columns, { identifiersMasked: !canSee }),
        queueRows(scope, request.columns, canSee, batchSize),
      );
    case "jobs":
      return write(
        JOB_EXPORT_COLUMNS,
        historyRows(scope, false, batchSize) as AsyncIterable<JobExportRow>,
      );
    default:
      return write(
        MOVEMENT_EXPORT_COLUMNS,
        historyRows(scope, true, batchSize) as AsyncIterable<MovementExportRow>,
      );
  }
}
