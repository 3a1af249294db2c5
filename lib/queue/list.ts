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
import { applicantWhereSql } from "@/lib/queue/where-sql";
import type { Prisma } from "@/lib/generated/prisma/client";

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

/**
 * Counting stops past this many matches on the first pages: the queue then says "more than
 * 10,000", and the database reads at most 10,001 matching rows instead of all of them (IMSS +
 * connected, 47,000 matches at 100,000 applicants). A lower cap did not make a name search's
 * count cheaper: capped at 1,000, the planner left the trigram index for a table scan that runs
 * the search's LIKE on every row it passes (19 ms on PostgreSQL, against 16 for counting all
 * 7,800 matches through the index).
 */
export const QUEUE_COUNT_CAP = 10_000;

/**
 * How many applicants match `where`, counting no further than `limit`: the first matches found,
 * in no order. (Prisma's `count` with `take` orders by id, so the database would find and sort
 * every match before it stops: 29 ms instead of 3 for IMSS + connected at 100,000 applicants.)
 */
async function countUpTo(where: Prisma.ApplicantWhereInput, limit: number): Promise<number> {
  const [row] = await db().$queryRawUnsafe<{ count: number }[]>(
    `SELECT count(*)::int AS count FROM (SELECT 1 FROM applicants a WHERE ${applicantWhereSql(where)} LIMIT ${Math.trunc(limit)}) AS first`,
  );
  return row?.count ?? 0;
}

/** The rows of a queue page: the applicant's copy of its link status (no query for the links). */
const QUEUE_PAGE_SELECT = { ...QUEUE_ROW_SELECT, link: false, linkStatus: true } as const;

export interface QueueOptions {
  user: Pick<SessionUser, "id">;
  state: QueueState;
  now?: Date;
  /** The IANA zone days are counted in (freshness, tenure); the organization's by default. */
  timeZone?: string;
  /** Tests lower it to read small sets from the end; 1,000 rows by default. */
  deepOffset?: number;
  /** Tests lower it to cap small sets; QUEUE_COUNT_CAP by default. */
  countCap?: number;
}

/**
 * One page of the applicant queue, filtered, sorted and paginated in the database. The caller
 * checks the session (`requireUser`). A page past the end answers with the last page instead.
 *
 * A page within the first `countCap` rows is counted only up to `countCap` + 1 matches: past it,
 * `capped` is true, `total` is `countCap` and `pageCount` unknown (null); the page exists, since
 * more rows than it needs do. A page past `countCap` rows needs the exact count (its position
 * from the end, or whether it exists at all): it waits for it, and in the second half is read
 * backwards from the end (skipping fewer rows). The first pages are read while being counted.
 */
export async function listQueue({
  user,
  state,
  now = clockNow(),
  deepOffset = DEEP_OFFSET,
  countCap = QUEUE_COUNT_CAP,
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
      select: QUEUE_PAGE_SELECT,
    });
  const readPage = async (page: number, total: number) => {
    const skip = (page - 1) * size;
    const take = Math.max(0, Math.min(size, total - skip));
    const fromEnd = total - skip - take;
    if (skip <= fromEnd) return read(skip, size);
    return (await read(fromEnd, take, true)).reverse();
  };
  const offset = (state.page - 1) * size;
  const exact = offset >= countCap;
  const [counted, firstTry] = await Promise.all([
    exact ? db().applicant.count({ where }) : countUpTo(where, countCap + 1),
    !exact && offset < deepOffset ? read(offset, size) : null,
  ]);
  const capped = !exact && counted > countCap;
  const total = capped ? countCap : counted;
  const pageCount = capped ? null : Math.max(1, Math.ceil(total / size));
  const page = pageCount === null ? state.page : Math.min(state.page, pageCount);
  let rows = firstTry && page === state.page ? firstTry : null;
  rows ??= capped ? await read(offset, size) : await readPage(page, total);

  return {
    total,
    capped,
    page,
    pageCount,
    rows: rows.map((row) => ({
      id: row.id,
      name: row.name,
      reference: row.reference,
      institution: row.institution,
      linkStatus: row.linkStatus,
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
