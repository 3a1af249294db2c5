import "server-only";
import type { SessionUser } from "@/lib/auth/users";
import { fromDay, startOfDayInZone, toDay } from "@/lib/dates";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
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

/** Alerts addressed to the user; team leads and admins also answer for the unaddressed ones. */
function addressedTo(user: SessionUser): Prisma.AlertWhereInput {
  return user.role === "UNDERWRITER"
    ? { recipientId: user.id }
    : { OR: [{ recipientId: user.id }, { recipientId: null }] };
}

/** The navigation's count: open alerts for the signed-in user. */
export function openAlertCount(user: SessionUser): Promise<number> {
  return db().alert.count({ where: { status: "OPEN", ...addressedTo(user) } });
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

function whereOf(
  user: SessionUser,
  filters: AlertFilters,
  timeZone: string,
): Prisma.AlertWhereInput {
  const recipient =
    filters.recipient === "mine"
      ? { recipientId: user.id }
      : filters.recipient === "leads"
        ? { recipientId: null }
        : filters.recipient
          ? { recipientId: filters.recipient }
          : {};
  // Days as the page shows times: in the organization's time zone.
  const createdAt = {
    ...(filters.from ? { gte: startOfDayInZone(filters.from, timeZone) } : {}),
    ...(filters.to ? { lt: startOfDayInZone(fromDay(toDay(filters.to) + 1), timeZone) } : {}),
  };
  return {
    ...(filters.status === "ALL"
      ? {}
      : filters.status === "UNRESOLVED"
        ? { status: { not: "RESOLVED" as const } }
        : { status: filters.status }),
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.severity ? { severity: filters.severity } : {}),
    ...recipient,
    ...(filters.from || filters.to ? { createdAt } : {}),
    ...(filters.applicantId ? { applicantId: filters.applicantId } : {}),
  };
}

/**
 * One page of alerts, newest first (of one pull's, the most severe first), with the applicant's
 * name and who each alert is for; `total` counts up to ALERT_COUNT_CAP (`capped` beyond it).
 */
export async function listAlerts(user: SessionUser, filters: AlertFilters, timeZone: string) {
  const where = whereOf(user, filters, timeZone);
  const [rows, counted] = await Promise.all([
    db().alert.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { severity: "asc" }, { id: "desc" }],
      skip: (filters.page - 1) * ALERTS_PAGE_SIZE,
      take: ALERTS_PAGE_SIZE,
      select: {
        id: true,
        kind: true,
        severity: true,
        status: true,
        details: true,
        note: true,
        resolutionNote: true,
        createdAt: true,
        applicant: { select: { id: true, name: true, reference: true } },
        recipientId: true,
        recipient: { select: { name: true } },
      },
    }),
    db().alert.count({ where, take: ALERT_COUNT_CAP + 1 }),
  ]);
  return {
    total: Math.min(counted, ALERT_COUNT_CAP),
    capped: counted > ALERT_COUNT_CAP,
    alerts: rows.map((row) => ({
      id: row.id,
      kind: row.kind as AlertKind,
      severity: row.severity as AlertSeverity,
      status: row.status as AlertStatus,
      details: row.details as Record<string, string | number | null>,
      note: row.note,
      resolutionNote: row.resolutionNote,
      createdAt: row.createdAt.toISOString(),
      applicant: row.applicant,
      recipientId: row.recipientId,
      recipientName: row.recipient?.name ?? null,
    })),
  };
}

export type AlertRow = Awaited<ReturnType<typeof listAlerts>>["alerts"][number];
