import "server-only";
import type { SessionUser } from "@/lib/auth/users";
import { fromDay, startOfDayInZone, toDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { ALERT_KINDS, ALERT_SEVERITIES, type AlertKind, type AlertSeverity } from "./rules";

export const ALERT_STATUSES = ["OPEN", "ACKNOWLEDGED", "RESOLVED"] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

/** How many alerts one page of the Alerts page shows. */
export const ALERTS_PAGE_SIZE = 50;

/**
 * The Alerts page counts matches up to this many and then says "more than": counting every one
 * of a year's alerts would cost more than reading the page.
 */
export const ALERT_COUNT_CAP = 1_000;

/**
 * Alerts of applicants that are not blocked (lib/privacy/visible.ts). Blocked applicants are the
 * ones with a deletion date, read from its index: a handful of rows whatever the portfolio's size.
 */
const NOT_BLOCKED = Prisma.sql`applicant_id NOT IN (SELECT id FROM applicants WHERE delete_after IS NOT NULL)`;

/**
 * The navigation's count: open alerts for the signed-in user (team leads and admins also answer
 * for the unaddressed ones). Two counts added rather than one with an OR: each is read from the
 * index (recipient, status, …) alone, where the OR made the database visit every matching row.
 */
export async function openAlertCount(user: SessionUser): Promise<number> {
  const [{ count }] = await db().$queryRaw<[{ count: number }]>`
    SELECT (
      (SELECT count(*) FROM alerts WHERE status = 'OPEN' AND recipient_id = ${user.id}::uuid AND ${NOT_BLOCKED})
      + ${
        user.role === "UNDERWRITER"
          ? Prisma.sql`0`
          : Prisma.sql`(SELECT count(*) FROM alerts WHERE status = 'OPEN' AND recipient_id IS NULL AND ${NOT_BLOCKED})`
      }
    )::int AS count`;
  return count;
}

/** The Alerts page's status choices: the unresolved ones (the default), one status, or all. */
export const ALERT_STATUS_FILTERS = ["UNRESOLVED", ...ALERT_STATUSES, "ALL"] as const;
export type AlertStatusFilter = (typeof ALERT_STATUS_FILTERS)[number];

export type AlertFilters = {
  status: AlertStatusFilter;
  kind: AlertKind | null;
  severity: AlertSeverity | null;
  /** "mine", "leads" (unaddressed), a user id, or null for everyone's. */
  recipient: string | null;
  /** Calendar days (YYYY-MM-DD), inclusive, in the organization's time zone. */
  from: string | null;
  to: string | null;
  /** One applicant's alerts (the link from the applicant page). */
  applicantId: string | null;
  page: number;
};

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const pick = <T extends string>(options: readonly T[], value: string | undefined): T | null =>
  options.find((option) => option === value) ?? null;
/** A calendar day that exists: `2026-02-30` and `2026-13-45` do not. */
function isDay(value: string | undefined): value is string {
  if (value === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const instant = Date.parse(`${value}T00:00:00.000Z`);
  return !Number.isNaN(instant) && new Date(instant).toISOString().slice(0, 10) === value;
}
/** Past this page, the filters are worth narrowing: deeper pages are refused, not computed. */
const MAX_PAGE = 10_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads the page's filters from its URL; anything unknown falls back to the default. */
export function parseAlertFilters(params: Record<string, string | string[] | undefined>) {
  const status = one(params.status);
  const recipient = one(params.recipient);
  const from = one(params.from);
  const to = one(params.to);
  const page = Number(one(params.page));
  const applicantId = one(params.applicant);
  return {
    status: pick(ALERT_STATUS_FILTERS, status) ?? "UNRESOLVED",
    kind: pick(ALERT_KINDS, one(params.kind)),
    severity: pick(ALERT_SEVERITIES, one(params.severity)),
    recipient:
      recipient === "mine" || recipient === "leads" || (recipient && UUID.test(recipient))
        ? recipient
        : null,
    from: isDay(from) ? from : null,
    to: isDay(to) ? to : null,
    applicantId: applicantId && UUID.test(applicantId) ? applicantId : null,
    page: Number.isInteger(page) && page > 0 ? Math.min(page, MAX_PAGE) : 1,
  } satisfies AlertFilters;
}

/** The default view's statuses: as a list (not `<> 'RESOLVED'`), indexes can seek them. */
const UNRESOLVED_STATUSES = ALERT_STATUSES.filter((status) => status !== "RESOLVED");

/** The filters as one WHERE clause on `alerts` (unqualified columns), or nothing. */
function whereOf(user: SessionUser, filters: AlertFilters, timeZone: string): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (filters.status === "UNRESOLVED")
    conditions.push(Prisma.sql`status = ANY(${UNRESOLVED_STATUSES}::"AlertStatus"[])`);
  else if (filters.status !== "ALL")
    conditions.push(Prisma.sql`status = ${filters.status}::"AlertStatus"`);
  if (filters.kind) conditions.push(Prisma.sql`kind = ${filters.kind}::"AlertKind"`);
  if (filters.severity)
    conditions.push(Prisma.sql`severity = ${filters.severity}::"AlertSeverity"`);
  if (filters.recipient === "mine") conditions.push(Prisma.sql`recipient_id = ${user.id}::uuid`);
  else if (filters.recipient === "leads") conditions.push(Prisma.sql`recipient_id IS NULL`);
  else if (filters.recipient)
    conditions.push(Prisma.sql`recipient_id = ${filters.recipient}::uuid`);
  // Days as the page shows times: in the organization's time zone.
  if (filters.from)
    conditions.push(
      Prisma.sql`created_at >= ${startOfDayInZone(filters.from, timeZone)}::timestamptz`,
    );
  if (filters.to) {
    const next = startOfDayInZone(fromDay(toDay(filters.to) + 1), timeZone);
    conditions.push(Prisma.sql`created_at < ${next}::timestamptz`);
  }
  if (filters.applicantId) conditions.push(Prisma.sql`applicant_id = ${filters.applicantId}::uuid`);
  conditions.push(NOT_BLOCKED);
  return Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}`;
}

type ListedRow = {
  id: string;
  kind: string;
  severity: string;
  status: string;
  details: unknown;
  note: string | null;
  resolutionNote: string | null;
  createdAt: Date;
  applicantId: string;
  applicantName: string;
  applicantReference: string;
  recipientId: string | null;
  recipientName: string | null;
};

/**
 * One page of alerts, newest first (of one pull's, the most severe first), with the applicant's
 * name and who each alert is for; `total` counts up to ALERT_COUNT_CAP (`capped` beyond it).
 *
 * Two statements, run side by side. The page: its ids are found in the order's index alone (it
 * also holds status, kind and recipient, so the filters and a deep page's OFFSET skip index
 * entries, not rows), then only those rows are read, joined with their applicant and recipient
 * in the same statement. The count: the first ALERT_COUNT_CAP + 1 matches in no particular order
 * (an ORDER BY would make the database find them all), so the database stops there.
 */
export async function listAlerts(user: SessionUser, filters: AlertFilters, timeZone: string) {
  const where = whereOf(user, filters, timeZone);
  const [rows, [counted]] = await Promise.all([
    db().$queryRaw<ListedRow[]>`
      SELECT a.id, a.kind::text AS kind, a.severity::text AS severity, a.status::text AS status,
        a.details, a.note, a.resolution_note AS "resolutionNote", a.created_at AS "createdAt",
        ap.id AS "applicantId", ap.name AS "applicantName", ap.reference AS "applicantReference",
        a.recipient_id AS "recipientId", u.name AS "recipientName"
      FROM (
        SELECT id, created_at, severity FROM alerts ${where}
        ORDER BY created_at DESC, severity ASC, id DESC
        LIMIT ${ALERTS_PAGE_SIZE}::integer OFFSET ${(filters.page - 1) * ALERTS_PAGE_SIZE}::integer
      ) page
      JOIN alerts a ON a.id = page.id
      JOIN applicants ap ON ap.id = a.applicant_id
      LEFT JOIN users u ON u.id = a.recipient_id
      ORDER BY page.created_at DESC, page.severity ASC, page.id DESC`,
    db().$queryRaw<[{ count: number }]>`
      SELECT count(*)::int AS count
      FROM (SELECT 1 FROM alerts ${where} LIMIT ${ALERT_COUNT_CAP + 1}::integer) matches`,
  ]);
  return {
    total: Math.min(counted.count, ALERT_COUNT_CAP),
    capped: counted.count > ALERT_COUNT_CAP,
    alerts: rows.map((row) => ({
      id: row.id,
      kind: row.kind as AlertKind,
      severity: row.severity as AlertSeverity,
      status: row.status as AlertStatus,
      details: row.details as Record<string, string | number | null>,
      note: row.note,
      resolutionNote: row.resolutionNote,
      createdAt: row.createdAt.toISOString(),
      applicant: {
        id: row.applicantId,
        name: row.applicantName,
        reference: row.applicantReference,
      },
      recipientId: row.recipientId,
      recipientName: row.recipientName,
    })),
  };
}

export type AlertRow = Awaited<ReturnType<typeof listAlerts>>["alerts"][number];
