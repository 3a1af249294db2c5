import { isoDate } from "@/lib/dates";
import type { Prisma } from "@/lib/generated/prisma/client";

type SnapshotRow = Prisma.SnapshotGetPayload<{
  include: { scores: true; jobs: { include: { movements: true } } };
}>;

const day = (date: Date | null) => (date ? isoDate(date) : null);
const money = (amount: Prisma.Decimal | null) => (amount ? amount.toFixed(2) : null);

/** A stored snapshot as plain, serializable data (dates as ISO days, money as decimal text). */
export function snapshotView(snapshot: SnapshotRow) {
  return {
    id: snapshot.id,
    collectedAt: snapshot.collectedAt.toISOString(),
    storedAt: snapshot.storedAt.toISOString(),
    officialName: snapshot.officialName,
    birthDate: day(snapshot.birthDate),
    entitlementStatus: snapshot.entitlementStatus,
    socialSecuritySummary:
      snapshot.weeksContributed === null &&
      snapshot.weeksRedeemed === null &&
      snapshot.weeksReinstated === null
        ? null
        : {
            weeksContributed: snapshot.weeksContributed,
            weeksRedeemed: snapshot.weeksRedeemed,
            weeksReinstated: snapshot.weeksReinstated,
          },
    scores: snapshot.scores.length
      ? snapshot.scores.map(({ period, score, version }) => ({ period, score, version }))
      : null,
    jobs: snapshot.jobs.map((job) => ({
      employer: job.employer,
      employerId: job.employerId,
      state: job.state,
      startDate: day(job.startDate) as string,
      endDate: day(job.endDate),
      weeksEmployed: job.weeksEmployed,
      mostRecentDailySalary: money(job.lastDailySalary),
      monthlySalary: money(job.monthlySalary),
      movements: job.movements.map((movement) => ({
        event: movement.event,
        date: day(movement.date) as string,
        dailySalary: money(movement.dailySalary),
      })),
    })),
  };
}

export type SnapshotView = ReturnType<typeof snapshotView>;
