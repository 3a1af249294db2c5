import { isoDay } from "@/lib/dates";
import type { Prisma } from "@/lib/generated/prisma/client";

type SnapshotRow = Prisma.SnapshotGetPayload<{
  include: { scores: true; jobs: { include: { movements: true } } };
}>;

const money = (amount: Prisma.Decimal | null) => (amount ? amount.toFixed(2) : null);

/** A stored snapshot as plain, serializable data (dates as ISO days, money as decimal text). */
export function snapshotView(snapshot: SnapshotRow) {
  return {
    id: snapshot.id,
    collectedAt: snapshot.collectedAt.toISOString(),
    storedAt: snapshot.storedAt.toISOString(),
    officialName: snapshot.officialName,
    birthDate: isoDay(snapshot.birthDate),
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
      startDate: isoDay(job.startDate) as string,
      endDate: isoDay(job.endDate),
      weeksEmployed: job.weeksEmployed,
      mostRecentDailySalary: money(job.lastDailySalary),
      monthlySalary: money(job.monthlySalary),
      movements: job.movements.map((movement) => ({
        event: movement.event,
        date: isoDay(movement.date) as string,
        dailySalary: money(movement.dailySalary),
      })),
    })),
  };
}

export type SnapshotView = ReturnType<typeof snapshotView>;
