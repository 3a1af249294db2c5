import type { EmploymentRecordSnapshot } from "@/lib/belvo";
import { encryptField } from "@/lib/crypto/field-encryption";
import type { Prisma } from "@/lib/generated/prisma/client";
import { storeInstitutionDocument } from "./institution-document";

type Tx = Prisma.TransactionClient;

const dateOnly = (value: string) => new Date(`${value.slice(0, 10)}T00:00:00.000Z`);
const optionalDate = (value: string | null) => (value ? dateOnly(value) : null);

/**
 * Stores one employment-records retrieval as an immutable snapshot: the validated payload
 * (encrypted, for audit) and normalized rows. Returns null when Belvo's record was stored before.
 */
export async function storeSnapshot(
  tx: Tx,
  { applicantId, record }: { applicantId: string; record: EmploymentRecordSnapshot },
): Promise<string | null> {
  const existing = await tx.snapshot.findUnique({
    where: { belvoRecordId: record.id },
    select: { id: true },
  });
  if (existing) return null;
  const { personalData, socialSecuritySummary: weeks } = record;
  const snapshot = await tx.snapshot.create({
    data: {
      applicantId,
      belvoRecordId: record.id,
      collectedAt: new Date(record.collectedAt),
      reportDate: optionalDate(record.reportDate),
      // The institution's PDF is kept apart (institution_documents), not inside the payload.
      payloadCiphertext: encryptField(
        JSON.stringify({
          ...record,
          files: record.files.map((file) => ({ title: file.title, content: null })),
        }),
      ),
      officialName: personalData.officialName,
      birthDate: optionalDate(personalData.birthDate),
      entitlementStatus: personalData.entitlementStatus,
      nssCiphertext: personalData.documents.nss ? encryptField(personalData.documents.nss) : null,
      rfcCiphertext: personalData.documents.rfc ? encryptField(personalData.documents.rfc) : null,
      weeksContributed: weeks?.weeksContributed ?? null,
      weeksRedeemed: weeks?.weeksRedeemed ?? null,
      weeksReinstated: weeks?.weeksReinstated ?? null,
      scores: record.scores
        ? {
            create: record.scores.map(({ period, score, version }) => ({ period, score, version })),
          }
        : undefined,
    },
    select: { id: true },
  });
  for (const [position, job] of record.jobs.entries()) {
    await tx.snapshotJob.create({
      data: {
        snapshotId: snapshot.id,
        position,
        employer: job.employer,
        employerId: job.employerId,
        state: job.state,
        startDate: dateOnly(job.startDate),
        endDate: optionalDate(job.endDate),
        weeksEmployed: job.weeksEmployed,
        lastDailySalary: job.mostRecentDailySalary,
        monthlySalary: job.monthlySalary,
        movements: {
          create: job.movements.map((movement, index) => ({
            position: index,
            event: movement.event,
            date: dateOnly(movement.date),
            dailySalary: movement.dailySalary,
          })),
        },
      },
    });
  }
  await storeInstitutionDocument(tx, snapshot.id, record.files);
  return snapshot.id;
}
