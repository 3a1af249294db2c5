import "server-only";
import { queueOrderBy, sortKey } from "@/lib/queue/query";
import { db } from "@/lib/db";
import type { JobExportRow, MovementExportRow } from "@/lib/exports/history-columns";
import { exportWhere, type ExportScope } from "./queue-export";
import { keysetScan } from "./keyset-scan";

const JOB_FIELDS = {
  position: true,
  employer: true,
  employerId: true,
  state: true,
  startDate: true,
  endDate: true,
  weeksEmployed: true,
  lastDailySalary: true,
  monthlySalary: true,
} as const;

const money = (value: { toFixed: (digits: number) => string } | null) => value?.toFixed(2) ?? null;

/**
 * The applicants of the scope in the queue's order, each with the jobs (and, when asked, the
 * salary movements) of their latest records only: older pulls are history, not current facts.
 */
async function* latestRecords(scope: ExportScope, withMovements: boolean, batchSize: number) {
  const where = exportWhere(scope);
  yield* keysetScan({
    key: sortKey(scope.state),
    batchSize,
    fetch: (after, take) =>
      db().applicant.findMany({
        where: { AND: [where, after] },
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
                select: {
                  ...JOB_FIELDS,
                  movements: withMovements
                    ? {
                        orderBy: { position: "asc" },
                        select: { event: true, date: true, dailySalary: true },
                      }
                    : false,
                },
              },
            },
          },
        },
      }),
  });
}

export async function* jobExportBatches(
  scope: ExportScope,
  batchSize = 250,
): AsyncGenerator<{ rows: JobExportRow[]; applicants: number }> {
  for await (const applicants of latestRecords(scope, false, batchSize)) {
    const rows = applicants.flatMap((applicant) =>
      (applicant.snapshots[0]?.jobs ?? []).map((job) => ({
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
      })),
    );
    yield { rows, applicants: applicants.length };
  }
}

export async function* movementExportBatches(
  scope: ExportScope,
  batchSize = 250,
): AsyncGenerator<{ rows: MovementExportRow[]; applicants: number }> {
  for await (const applicants of latestRecords(scope, true, batchSize)) {
    const rows = applicants.flatMap((applicant) =>
      (applicant.snapshots[0]?.jobs ?? []).flatMap((job) =>
        (job.movements ?? []).map((movement) => ({
          reference: applicant.reference,
          applicant: applicant.name,
          employer: job.employer,
          event: movement.event,
          date: movement.date,
          dailySalary: money(movement.dailySalary),
        })),
      ),
    );
    yield { rows, applicants: applicants.length };
  }
}
