import "server-only";
import { canExportIdentifiers, canSeeTeamExports } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/users";
import { recordAudit } from "@/lib/audit";
import { IDENTIFIER_COLUMNS } from "@/lib/exports/queue-columns";
import { db } from "@/lib/db";
import type { ExportCounts, ExportOutcome } from "@/lib/exports/csv-stream";
import {
  describeFilters,
  EXPORT_KINDS,
  type ExportKind,
  type ExportRequest,
} from "@/lib/exports/request";
import { z } from "zod";

export const EXPORT_ACTION = "export.downloaded";

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
}): Promise<void> {
  const { user, request, counts } = options;
  await recordAudit({
    actorId: user.id,
    action: EXPORT_ACTION,
    applicantId: request.applicantId,
    details: {
      kind: request.kind,
      filters: describeFilters(request),
      columns: [...options.columns],
      identifiers: identifiersIn(options.columns, user),
      rows: counts.rows,
      applicants: counts.applicants,
      outcome: options.outcome,
    },
  });
}

const detailsSchema = z.object({
  kind: z.enum(EXPORT_KINDS),
  filters: z.string(),
  columns: z.array(z.string()),
  identifiers: z.enum(["none", "masked", "clear"]),
  rows: z.number(),
  applicants: z.number(),
  outcome: z.enum(["complete", "cancelled", "failed"]),
});

export interface ExportLogEntry {
  id: string;
  at: string;
  actor: string | null;
  kind: ExportKind;
  filters: string;
  columns: string[];
  identifiers: IdentifierExposure;
  rows: number;
  outcome: ExportOutcome;
}

/**
 * The newest exports: everyone's for the roles that may see identifiers (team leads, admins),
 * otherwise the person's own.
 */
export async function listExports(user: SessionUser, limit = 50): Promise<ExportLogEntry[]> {
  const events = await db().auditEvent.findMany({
    where: {
      action: EXPORT_ACTION,
      ...(canSeeTeamExports(user.role) ? {} : { actorId: user.id }),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, createdAt: true, details: true, actor: { select: { name: true } } },
  });
  return events.flatMap((event) => {
    const details = detailsSchema.safeParse(event.details);
    if (!details.success) return [];
    return [
      {
        id: event.id,
        at: event.createdAt.toISOString(),
        actor: event.actor?.name ?? null,
        ...details.data,
      },
    ];
  });
}
