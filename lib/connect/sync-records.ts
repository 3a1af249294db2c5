import "server-only";
import { belvoClientFromEnv, type BelvoClient, type EmploymentRecordSnapshot } from "@/lib/belvo";
import { encryptField, lookupHash } from "@/lib/crypto/field-encryption";
import { db } from "@/lib/db";
import { recordQuery } from "./query-guard";
import { storeRecords } from "./store-records";

/**
 * An applicant who connected through the hosted widget typed their CURP at Belvo, not here: it
 * arrives with the first records. Their login there spent one of the day's IMSS queries.
 */
async function adoptCurp(
  applicantId: string,
  records: readonly EmploymentRecordSnapshot[],
): Promise<void> {
  const curp = records.map((record) => record.personalData.documents.curp).find(Boolean);
  if (!curp) return;
  const { count } = await db().applicant.updateMany({
    where: { id: applicantId, curpCiphertext: null },
    data: { curpCiphertext: encryptField(curp), curpHash: lookupHash(curp) },
  });
  if (count > 0) await recordQuery(curp, "link", "ok");
}

/**
 * Fetches every employment record Belvo holds for a link (free GETs, no IMSS query) and stores
 * the ones Cotiza does not have yet. Safe to run any number of times for the same link.
 */
export async function syncEmploymentRecords(
  belvoLinkId: string,
  client: BelvoClient = belvoClientFromEnv(),
): Promise<{ applicantId: string | null; stored: string[] }> {
  const link = await db().link.findUnique({
    where: { belvoId: belvoLinkId },
    select: { applicantId: true },
  });
  if (!link) return { applicantId: null, stored: [] };
  const records: EmploymentRecordSnapshot[] = [];
  for await (const record of client.employmentRecords.iterate({ link: belvoLinkId }))
    records.push(record);
  const stored = await storeRecords(link.applicantId, records);
  await adoptCurp(link.applicantId, records);
  return { applicantId: link.applicantId, stored };
}
