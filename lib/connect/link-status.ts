import "server-only";
import { z } from "zod";
import { belvoClientFromEnv, type BelvoClient } from "@/lib/belvo";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { LinkStatus } from "@/lib/generated/prisma/enums";
import { toAppError } from "./belvo-app-error";
import { linkStatus } from "./create-applicant";

/** Our copy of an applicant's link, as `visibleLinkSql` reads it. */
const storedLinkSchema = z.object({ belvoId: z.string(), status: z.enum(LinkStatus) });
export type StoredLink = z.infer<typeof storedLinkSchema>;

/**
 * The applicant's link, unless the applicant is blocked (lib/privacy/visible.ts: a blocked one reads
 * as not found). SQL, so the link-detail route can read it in the same statement as the session.
 */
export function visibleLinkSql(applicantId: string): Prisma.Sql {
  return Prisma.sql`SELECT l.belvo_id AS "belvoId", l.status::text AS status
    FROM links l JOIN applicants a ON a.id = l.applicant_id AND a.blocked_at IS NULL
    WHERE l.applicant_id = ${applicantId}::uuid`;
}

/** A row of `visibleLinkSql` (or nothing) as our link; anything else is a bug, not a 404. */
export function storedLink(row: unknown): StoredLink | null {
  return row === null || row === undefined ? null : storedLinkSchema.parse(row);
}

/** Asks Belvo for the link's current state and keeps our copy of its status in step. */
export async function currentLinkState(
  applicantId: string,
  client: BelvoClient = belvoClientFromEnv(),
) {
  const [row] = await db().$queryRaw<unknown[]>(visibleLinkSql(applicantId));
  return linkStateFromBelvo({ applicantId, link: storedLink(row), client });
}

/** `currentLinkState` once our copy of the link was read (with the session, by the route). */
export async function linkStateFromBelvo({
  applicantId,
  link,
  client = belvoClientFromEnv(),
}: {
  applicantId: string;
  link: StoredLink | null;
  client?: BelvoClient;
}) {
  if (!link) throw new AppError("not_found", "errors.connect.noLink");
  const belvo = await client.links.get(link.belvoId).catch((error: unknown) => {
    throw toAppError(error);
  });
  const status = linkStatus(belvo.status);
  if (status !== link.status) await db().link.update({ where: { applicantId }, data: { status } });
  return {
    status,
    accessMode: belvo.accessMode,
    refreshRate: belvo.refreshRate,
    lastAccessedAt: belvo.lastAccessedAt,
    createdAt: belvo.createdAt,
  };
}
