import "server-only";
import { isoDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { allOf, plainRow, plainRows, revealed, revealedJson } from "./access-package-plain";

// The employment records Cotiza holds about one applicant, one section per table: the Belvo
// link, every pull (with the record as Belvo sent it, identifiers in clear), its jobs, salary
// movements, scores, the institution's document (metadata, never the file), what changed between
// pulls, and the current-employment checks. Rows keep their ids, so the sections cross-reference.

const snapshotOf = (applicantId: string) => ({ snapshot: { applicantId } });

async function snapshots(applicantId: string) {
  const rows = await db().snapshot.findMany({
    where: { applicantId },
    orderBy: [{ collectedAt: "asc" }, { id: "asc" }],
    omit: { applicantId: true },
  });
  return rows.map(({ payloadCiphertext, nssCiphertext, rfcCiphertext, ...row }) => ({
    ...plainRow(row),
    reportDate: isoDay(row.reportDate),
    birthDate: isoDay(row.birthDate),
    nss: revealed(nssCiphertext),
    rfc: revealed(rfcCiphertext),
    record: revealedJson(payloadCiphertext),
  }));
}

async function snapshotJobs(applicantId: string) {
  const rows = await db().snapshotJob.findMany({
    where: snapshotOf(applicantId),
    orderBy: [{ snapshot: { collectedAt: "asc" } }, { snapshotId: "asc" }, { position: "asc" }],
  });
  return rows.map((row) => ({
    ...plainRow(row),
    startDate: isoDay(row.startDate) as string,
    endDate: isoDay(row.endDate),
  }));
}

async function salaryMovements(applicantId: string) {
  const rows = await db().salaryMovement.findMany({
    where: { job: snapshotOf(applicantId) },
    orderBy: [{ jobId: "asc" }, { position: "asc" }],
  });
  return rows.map((row) => ({ ...plainRow(row), date: isoDay(row.date) as string }));
}

async function currentEmployments(applicantId: string) {
  const rows = await db().currentEmployment.findMany({
    where: { applicantId },
    orderBy: [{ collectedAt: "asc" }, { id: "asc" }],
    omit: { applicantId: true },
  });
  return rows.map(({ payloadCiphertext, ...row }) => ({
    ...plainRow(row),
    record: revealedJson(payloadCiphertext),
  }));
}

export function loadRecordSections(applicantId: string) {
  const client = db();
  return allOf({
    links: client.link
      .findMany({ where: { applicantId }, omit: { applicantId: true } })
      .then(plainRows),
    snapshots: snapshots(applicantId),
    snapshot_jobs: snapshotJobs(applicantId),
    salary_movements: salaryMovements(applicantId),
    snapshot_scores: client.snapshotScore
      .findMany({
        where: snapshotOf(applicantId),
        orderBy: [{ snapshotId: "asc" }, { period: "asc" }],
      })
      .then(plainRows),
    snapshot_changes: client.snapshotChange
      .findMany({
        where: { applicantId },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        omit: { applicantId: true },
      })
      .then(plainRows),
    institution_documents: client.institutionDocument
      .findMany({
        where: snapshotOf(applicantId),
        orderBy: { createdAt: "asc" },
        omit: { contentCiphertext: true },
      })
      .then(plainRows),
    current_employments: currentEmployments(applicantId),
  });
}
