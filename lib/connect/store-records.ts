import "server-only";
import type { EmploymentRecordSnapshot } from "@/lib/belvo";
import { alertsFromChanges } from "@/lib/alerts/rules";
import { alertRuleSettings, raiseAlerts } from "@/lib/alerts/raise";
import { diffSnapshots, type SnapshotChangeDraft } from "@/lib/applicant/snapshot-diff";
import { decryptField, lookupHash } from "@/lib/crypto/field-encryption";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { FigureSettings } from "@/lib/metrics";
import { getFigureSettings } from "@/lib/settings/organization";
import { syncPortfolioSignals } from "@/lib/signals/portfolio";
import { applicantSummary } from "./applicant-summary";
import { storeSnapshot } from "./store-snapshot";

type Tx = Prisma.TransactionClient;

async function previousSnapshot(tx: Tx, applicantId: string, before: Date) {
  const previous = await tx.snapshot.findFirst({
    where: { applicantId, collectedAt: { lt: before } },
    orderBy: { collectedAt: "desc" },
    select: { id: true, payloadCiphertext: true },
  });
  if (!previous) return null;
  return {
    id: previous.id,
    record: JSON.parse(decryptField(previous.payloadCiphertext)) as EmploymentRecordSnapshot,
  };
}

/** A monitored applicant's (recurrent link) new pull raises alerts from what changed. */
async function raiseChangeAlerts(
  tx: Tx,
  input: {
    applicantId: string;
    snapshotId: string;
    record: EmploymentRecordSnapshot;
    changes: readonly SnapshotChangeDraft[];
  },
) {
  const link = await tx.link.findUnique({
    where: { applicantId: input.applicantId },
    select: { accessMode: true },
  });
  if (link?.accessMode !== "RECURRENT") return;
  // A record stored after a newer one (a refresh overtook a queued webhook) is history: the newer
  // pull's alerts already told what changed.
  const newer = await tx.snapshot.count({
    where: {
      applicantId: input.applicantId,
      collectedAt: { gt: new Date(input.record.collectedAt) },
    },
  });
  if (newer > 0) return;
  const openJobs = input.record.jobs
    .filter((job) => job.endDate === null)
    .map(({ employer, startDate }) => ({ employer, startDate }));
  const drafts = alertsFromChanges(input.changes, { openJobs }, await alertRuleSettings(tx));
  await raiseAlerts(tx, {
    applicantId: input.applicantId,
    snapshotId: input.snapshotId,
    drafts,
    sourceKey: (draft, index) => `snapshot:${input.snapshotId}:${index}:${draft.kind}`,
  });
}

type SummarySettings = FigureSettings & { timeZone: string };

/**
 * Stores one record, what changed since the pull before it, the alerts and (for the newest record)
 * the queue's summary, in one transaction: no reader sees an alert beside the previous summary.
 */
async function storeOne(
  tx: Tx,
  applicantId: string,
  record: EmploymentRecordSnapshot,
  summary: SummarySettings | null,
): Promise<string | null> {
  const snapshotId = await storeSnapshot(tx, { applicantId, record });
  if (!snapshotId) return null;
  await storeChanges(tx, applicantId, snapshotId, record);
  if (summary) await updateSummary(applicantId, record, summary, tx);
  return snapshotId;
}

async function storeChanges(
  tx: Tx,
  applicantId: string,
  snapshotId: string,
  record: EmploymentRecordSnapshot,
): Promise<void> {
  const previous = await previousSnapshot(tx, applicantId, new Date(record.collectedAt));
  if (!previous) return;
  const changes = diffSnapshots(previous.record, record);
  if (changes.length > 0) {
    await tx.snapshotChange.createMany({
      data: changes.map((change) => ({
        applicantId,
        snapshotId,
        previousSnapshotId: previous.id,
        kind: change.kind,
        details: change.details,
      })),
    });
    await raiseChangeAlerts(tx, { applicantId, snapshotId, record, changes });
  }
}

/**
 * Stores the records not stored yet (idempotent by Belvo's record id), oldest first so each is
 * compared with the pull before it. Returns the new snapshot ids.
 */
export async function storeRecords(
  applicantId: string,
  records: readonly EmploymentRecordSnapshot[],
): Promise<string[]> {
  const ordered = [...records].sort((a, b) => a.collectedAt.localeCompare(b.collectedAt));
  const newest = ordered.at(-1);
  const settings = await getFigureSettings();
  const stored: string[] = [];
  for (const record of ordered) {
    const summary = record === newest ? settings : null;
    const id = await db()
      .$transaction((tx) => storeOne(tx, applicantId, record, summary))
      .catch((error: unknown) => {
        // A webhook-triggered sync stored the same Belvo record at the same moment: already done.
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
          return null;
        throw error;
      });
    if (id) stored.push(id);
  }
  return stored;
}

/**
 * Keeps the queue's columns in step with the newest record, and the portfolio signals of every
 * applicant that shares its employer or NSS, in one transaction (the caller's, when given). The
 * write is conditional, so a slower sync holding an older record can never overwrite a newer
 * summary.
 */
export async function updateSummary(
  applicantId: string,
  newest: EmploymentRecordSnapshot,
  figureSettings?: SummarySettings,
  client: Tx | ReturnType<typeof db> = db(),
): Promise<void> {
  // Read before the transaction: on the embedded database, a read outside it would wait for it.
  const settings = figureSettings ?? (await getFigureSettings());
  const write = async (tx: Tx) => {
    const [applicant, dismissals] = await Promise.all([
      tx.applicant.findUniqueOrThrow({
        where: { id: applicantId },
        select: {
          institution: true,
          declaredMonthlyIncome: true,
          name: true,
          createdAt: true,
          currentEmployerId: true,
          nssHash: true,
        },
      }),
      tx.signalDismissal.findMany({ where: { applicantId }, select: { code: true } }),
    ]);
    const collectedAt = new Date(newest.collectedAt);
    const summary = applicantSummary({
      record: newest,
      institution: applicant.institution,
      settings,
      declaredMonthlyIncome: applicant.declaredMonthlyIncome?.toFixed(2) ?? null,
      name: applicant.name,
      appliedAt: applicant.createdAt.toISOString(),
      dismissed: dismissals.map((dismissal) => dismissal.code),
    });
    const nss = newest.personalData?.documents?.nss?.replace(/\D/g, "");
    const nssHash = nss ? lookupHash(nss) : null;
    const { count } = await tx.applicant.updateMany({
      where: { id: applicantId, OR: [{ dataAsOf: null }, { dataAsOf: { lte: collectedAt } }] },
      data: { ...summary, nssHash },
    });
    if (count === 0) return;
    await syncPortfolioSignals(tx, applicantId, {
      employerIds: [applicant.currentEmployerId, summary.currentEmployerId],
      nssHashes: [applicant.nssHash, nssHash],
    });
  };
  if ("$transaction" in client) await client.$transaction(write);
  else await write(client);
}
