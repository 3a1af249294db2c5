import "server-only";
import { dayInZone, daysSince, toDay } from "@/lib/dates";
import { employerLabel } from "@/lib/applicant/employer-label";
import { isOpenStatus, type DecisionStatus } from "@/lib/applicant/decision-status";
import { lookupHash } from "@/lib/crypto/field-encryption";
import type { SessionUser } from "@/lib/auth/users";
import type { QueueState } from "@/lib/queue/params";
import { queueOrderBy, queueWhere } from "@/lib/queue/query";
import { now as clockNow } from "@/lib/clock";
import { db } from "@/lib/db";
import { getOrganizationSettings } from "@/lib/settings/organization";
import { VISIBLE_APPLICANT } from "@/lib/privacy/visible";

/** The columns of a queue row, shared with the queue export. */
export const QUEUE_ROW_SELECT = {
  id: true,
  name: true,
  reference: true,
  institution: true,
  employmentStatus: true,
  currentEmployer: true,
  currentJobStart: true,
  monthlyIncome: true,
  score12: true,
  flags: true,
  dataAsOf: true,
  link: { select: { status: true } },
  assignedTo: { select: { id: true, name: true } },
  decisionStatus: true,
  createdAt: true,
  decidedAt: true,
} as const;

/**
 * How many calendar days (in `timeZone`) an applicant has been in the queue: from the day they
 * were added to today while their work is open (a referral or an approval awaiting its sign-off
 * included), else to the day of the final decision.
 */
export function daysWaiting(
  applicant: { createdAt: Date; decidedAt: Date | null; decisionStatus: DecisionStatus },
  now: Date,
  timeZone: string,
): number {
  const day = (instant: Date) => toDay(dayInZone(instant, timeZone));
  const end = isOpenStatus(applicant.decisionStatus) ? now : (applicant.decidedAt ?? now);
  return Math.max(0, day(end) - day(applicant.createdAt));
}

/** Offsets from which the count comes first, so a page can be read from the nearer end. */
const DEEP_OFFSET = 1_000;

export interface QueueOptions {
  user: Pick<SessionUser, "id">;
  state: QueueState;
  now?: Date;
  /** The IANA zone days are counted in (freshness, tenure); the organization's by default. */
  timeZone?: string;
  /** Tests lower it to read small sets from the end; 1,000 rows by default. */
  deepOffset?: number;
}

/**
 * One page of the applicant queue, filtered, sorted and paginated in the database. The caller
 * checks the session (`requireUser`). A page past the end answers with the last page instead.
 * The first pages are read while the matches are counted; a page past `deepOffset` rows waits
 * for the count and, in the second half, is read backwards from the end (skipping fewer rows).
 */
export async function listQueue({
  user,
  state,
  now = clockNow(),
  deepOffset = DEEP_OFFSET,
  ...options
}: QueueOptions) {
  const timeZone = options.timeZone ?? (await getOrganizationSettings()).timeZone;
  const where = queueWhere(state, { userId: user.id, now, timeZone, curpHash: lookupHash });
  const size = state.pageSize;
  const read = (skip: number, take: number, reversed = false) =>
    db().applicant.findMany({
      where,
      orderBy: queueOrderBy(state, reversed),
      skip,
      take,
      select: QUEUE_ROW_SELECT,
    });
  const readPage = async (page: number, total: number) => {
    const skip = (page - 1) * size;
    const take = Math.max(0, Math.min(size, total - skip));
    const fromEnd = total - skip - take;
    if (skip <= fromEnd) return read(skip, size);
    return (await read(fromEnd, take, true)).reverse();
  };
  const count = () => db().applicant.count({ where });
  const offset = (state.page - 1) * size;
  const [firstTry, total] =
    offset < deepOffset ? await Promise.all([read(offset, size), count()]) : [null, await count()];
  const pageCount = Math.max(1, Math.ceil(total / size));
  const page = Math.min(state.page, pageCount);
  const rows = firstTry && page === state.page ? firstTry : await readPage(page, total);

  return {
    total,
    page,
    pageCount,
    rows: rows.map((row) => ({
      id: row.id,
      name: row.name,
      reference: row.reference,
      institution: row.institution,
      linkStatus: row.link?.status ?? null,
      employmentStatus: row.employmentStatus,
      currentEmployer: row.currentEmployer ? employerLabel(row.currentEmployer) : null,
      monthlyIncome: row.monthlyIncome?.toFixed(2) ?? null,
      tenureDays: daysSince(row.currentJobStart, now, timeZone),
      score12: row.score12,
      flags: row.flags,
      dataAsOf: row.dataAsOf?.toISOString() ?? null,
      assignedTo: row.assignedTo,
      decisionStatus: row.decisionStatus,
      waitingDays: daysWaiting(row, now, timeZone),
    })),
  };
}

export type QueuePage = Awaited<ReturnType<typeof listQueue>>;
export type QueueRow = QueuePage["rows"][number];

/** True when no applicant exists at all (the queue then invites to add the first one). */
export async function hasNoApplicants(): Promise<boolean> {
  return (
    (await db().applicant.findFirst({ where: VISIBLE_APPLICANT, select: { id: true } })) === null
  );
}
