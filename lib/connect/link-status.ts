import "server-only";
import { belvoClientFromEnv, type BelvoClient } from "@/lib/belvo";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { toAppError } from "./belvo-app-error";
import { linkStatus } from "./create-applicant";
import { VISIBLE_APPLICANT } from "@/lib/privacy/visible";

/** Asks Belvo for the link's current state and keeps our copy of its status in step. */
export async function currentLinkState(
  applicantId: string,
  client: BelvoClient = belvoClientFromEnv(),
) {
  const link = await db().link.findUnique({
    where: { applicantId, applicant: VISIBLE_APPLICANT },
    select: { belvoId: true, status: true },
  });
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
