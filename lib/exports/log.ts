import "server-only";
import { z } from "zod";
import { canExportIdentifiers, canSeeTeamExports } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/users";
import { recordAudit } from "@/lib/audit";
import { IDENTIFIER_COLUMNS } from "@/lib/exports/queue-columns";
import { db } from "@/lib/db";
import type { ExportCounts, ExportOutcome } from "@/lib/exports/csv-stream";
import { EXPORT_KINDS, type ExportRequest } from "@/lib/exports/request";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locales";
import { assignedUserId, type QueueState } from "@/lib/queue/params";
import { loggedFilters, readLoggedFilters, storedFiltersSchema } from "./logged-filters";
import { REPORT_LOG_ACTIONS } from "@/lib/report/audit";
import { exportWords } from "./words";

export const EXPORT_ACTION = "export.downloaded";

/** What a line of the log can be: a CSV or ZIP export, or a report issued, verified or downloaded. */
export const LOGGED_KINDS = [
  ...EXPORT_KINDS,
  "report",
  "reportVerification",
  "institutionDocument",
] as const;
export type LoggedKind = (typeof LOGGED_KINDS)[number];

/** The audit actions the log lists. */
const LOGGED_ACTIONS = [EXPORT_ACTION, ...REPORT_LOG_ACTIONS];
export const EXPORT_LOG_PAGE_SIZE = 25;

type IdentifierExposure = "none" | "masked" | "clear";

/** Whether the file held CURP, NSS or RFC, and how: what "who exported CURPs?" asks of the log. */
function identifiersIn(columns: readonly string[], user: SessionUser): IdentifierExposure {
  if (!columns.some((id) => (IDENTIFIER_COLUMNS as readonly string[]).includes(id))) return "none";
  return canExportIdentifiers(user.role) ? "clear" : "masked";
}

/** One line of the export log: who exported what, with which filters, and how many rows. */
export async function recordExport(options: {
  user: SessionUser;
  request: ExportRequest;
  columns: readonly string[];
  counts: ExportCounts;
  outcome: ExportOutcome;
  /** How the file held CURP, NSS and RFC when no column says (verification reports print them). */
  identifiers?: IdentifierExposure;
}): Promise<void> {
  const { user, request, counts } = options;
  const identifiers = options.identifiers ?? identifiersIn(options.columns, user);
  await recordAudit({
    actorId: user.id,
    action: EXPORT_ACTION,
    applicantId: request.applicantId,
    details: {
      kind: request.kind,
      ...loggedFilters(request),
      columns: [...options.columns],
      identifiers,
      // The person's own words about their task (not personal data), asked for clear identifiers.
      ...(identifiers === "clear" && request.reason ? { reason: request.reason } : {}),
      rows: counts.rows,
      applicants: counts.applicants,
      outcome: options.outcome,
    },
  });
}

const detailsSchema = z.object({
  kind: z.enum(LOGGED_KINDS),
  scope: z.enum(["applicant", "queue"]).optional(),
  filters: storedFiltersSchema,
  columns: z.array(z.string()),
  identifiers: z.enum(["none", "masked", "clear"]),
  reason: z.string().optional(),
  rows: z.number(),
  applicants: z.number(),
  outcome: z.enum(["complete", "cancelled", "failed"]),
});

export interface ExportLogEntry {
  id: string;
  at: string;
  actor: string | null;
  kind: LoggedKind;
  /** The queue's filters the file covered; null when it covered one applicant. */
  filters: QueueState | null;
  /** The name of the user whose applicants the filters chose (`assigned=<id>`), if still known. */
  assignee: string | null;
  /** The one applicant the file covered; `name` is null once they were deleted. */
  applicant: { id: string | null; name: string | null } | null;
  columns: string[];
  identifiers: IdentifierExposure;
  /** Why identifiers were exported in clear. */
  reason: string | null;
  rows: number;
  outcome: ExportOutcome;
}

export interface ExportLogPage {
  entries: ExportLogEntry[];
  total: number;
  page: number;
  pageCount: number;
}

type LogRow = {
  id: string;
  createdAt: Date;
  details: unknown;
  actor: string | null;
  applicantId: string | null;
  applicantName: string | null;
};

const foldAccents = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();

/** The kinds whose name (in the reader's language) or id contains the searched text. */
export function kindsMatching(text: string, lang: Locale): LoggedKind[] {
  const words = exportWords(lang);
  const wanted = foldAccents(text);
  return LOGGED_KINDS.filter(
    (kind) => foldAccents(words.kindTitle(kind)).includes(wanted) || kind.includes(wanted),
  );
}

const likePattern = (text: string) => `%${text.replaceAll(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * One page of the export log, newest first: everyone's exports for the roles that read the team's
 * (team leads, admins), otherwise the person's own. `search` matches who exported, the applicant of
 * a one-applicant export, or the kind's name in `lang`; the database filters, counts and pages.
 */
export async function listExports(
  user: SessionUser,
  options: { page?: number; search?: string; lang?: Locale; pageSize?: number } = {},
): Promise<ExportLogPage> {
  const pageSize = options.pageSize ?? EXPORT_LOG_PAGE_SIZE;
  const search = options.search?.trim() ?? "";
  const conditions = [Prisma.sql`e.action = ANY(${LOGGED_ACTIONS}::text[])`];
  if (!canSeeTeamExports(user.role)) conditions.push(Prisma.sql`e.actor_id = ${user.id}::uuid`);
  if (search) {
    const pattern = likePattern(search);
    const kinds = kindsMatching(search, options.lang ?? "es");
    conditions.push(Prisma.sql`(u.name ILIKE ${pattern} OR a.name ILIKE ${pattern}
      OR e.details->>'kind' = ANY(${kinds}::text[]))`);
  }
  const from = Prisma.sql`FROM audit_events e
    LEFT JOIN users u ON u.id = e.actor_id
    LEFT JOIN applicants a ON a.id = e.applicant_id AND a.blocked_at IS NULL
    WHERE ${Prisma.join(conditions, " AND ")}`;
  const [{ total }] = await db().$queryRaw<[{ total: number }]>`
    SELECT count(*)::int AS total ${from}`;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, Math.floor(options.page ?? 1)), pageCount);
  const rows = await db().$queryRaw<LogRow[]>`
    SELECT e.id, e.created_at AS "createdAt", e.details, u.name AS actor,
      e.applicant_id AS "applicantId", a.name AS "applicantName"
    ${from}
    ORDER BY e.created_at DESC, e.id DESC
    LIMIT ${pageSize}::integer OFFSET ${(page - 1) * pageSize}::integer`;
  const entries = rows.flatMap(toEntry);
  const names = await userNames(
    entries.map((entry) => entry.filters && assignedUserId(entry.filters)),
  );
  for (const entry of entries) {
    const id = entry.filters && assignedUserId(entry.filters);
    if (id) entry.assignee = names.get(id) ?? null;
  }
  return { entries, total, page, pageCount };
}

/** The names of the users `ids` name (once each, in one query). */
export async function userNames(ids: readonly (string | null | undefined)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (!wanted.length) return new Map<string, string>();
  const users = await db().user.findMany({
    where: { id: { in: wanted } },
    select: { id: true, name: true },
  });
  return new Map(users.map((user) => [user.id, user.name]));
}

function toEntry(row: LogRow): ExportLogEntry[] {
  const details = detailsSchema.safeParse(row.details);
  if (!details.success) return [];
  const { scope, filters, reason, ...rest } = details.data;
  const state = readLoggedFilters(filters, scope);
  return [
    {
      id: row.id,
      at: row.createdAt.toISOString(),
      actor: row.actor,
      ...rest,
      filters: state,
      assignee: null,
      applicant: state ? null : { id: row.applicantId, name: row.applicantName },
      reason: reason ?? null,
    },
  ];
}
