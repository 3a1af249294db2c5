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

export interface QueueOptions {
  user: Pick<SessionUser, "id">;
  state: QueueState;
  now?: Date;
  /** The IANA zone days are counted in (freshness, tenure); the organization's by default. */
  timeZone?: string;
}

/**
 * One page of the applicant queue, filtered, sorted and paginated in the database. The caller
 * checks the session (`requireUser`). A page past the end answers with the last page instead.
 */
export async function listQueue({ user, state, now = clockNow(), ...options }: QueueOptions) {
  const timeZone = options.timeZone ?? (await getOrganizationSettings()).timeZone;
  const where = queueWhere(state, { userId: user.id, now, timeZone, curpHash: lookupHash });
  const orderBy = queueOrderBy(state);
  const fetchPage = (page: number) =>
    db().applicant.findMany({
      where,
      orderBy,
      skip: (page - 1) * state.pageSize,
      take: state.pageSize,
      select: QUEUE_ROW_SELECT,
    });

  const [firstTry, total] = await Promise.all([
    fetchPage(state.page),
    db().applicant.count({ where }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / state.pageSize));
  const page = Math.min(state.page, pageCount);
  const rows = page === state.page ? firstTry : await fetchPage(page);

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
  return (await db().applicant.findFirst({ select: { id: true } })) === null;
}
