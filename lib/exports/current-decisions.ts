import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CurrentDecision } from "./queue-columns";

/**
 * The current decision of each of `applicantIds` (their newest Decision row, an amendment replacing
 * what it amends), with who decided and who signed off, in one query whatever their number. The
 * note, free text, is read only when asked for.
 */
export async function currentDecisions(
  applicantIds: readonly string[],
  options: { withNote: boolean },
): Promise<Map<string, CurrentDecision>> {
  if (applicantIds.length === 0) return new Map();
  const note = options.withNote ? Prisma.sql`d.note` : Prisma.sql`NULL::text`;
  const rows = await db().$queryRaw<(CurrentDecision & { applicantId: string })[]>`
    SELECT DISTINCT ON (d.applicant_id)
      d.applicant_id AS "applicantId", d.outcome::text AS outcome, d.reason_code AS "reasonCode",
      ${note} AS note, decider.name AS "decidedBy", d.created_at AS "decidedAt",
      d.sign_off::text AS "signOff", signer.name AS "signedOffBy", d.signed_off_at AS "signedOffAt"
    FROM decisions d
    LEFT JOIN users decider ON decider.id = d.decided_by_id
    LEFT JOIN users signer ON signer.id = d.signed_off_by_id
    WHERE d.applicant_id = ANY(${[...applicantIds]}::uuid[])
    ORDER BY d.applicant_id, d.created_at DESC, d.id DESC`;
  return new Map(rows.map(({ applicantId, ...decision }) => [applicantId, decision]));
}
