import "server-only";
import type { EmploymentRecordSnapshot } from "@/lib/belvo";
import { decryptField } from "@/lib/crypto/field-encryption";
import { db } from "@/lib/db";
import type { JobHandler } from "@/lib/jobs/types";
import { getFigureSettings } from "@/lib/settings/organization";
import { updateSummary } from "./store-records";

/** Recomputes every applicant's queue columns; enqueued when the figures' settings change. */
export const RESUMMARIZE_JOB = "applicants.resummarize";

const BATCH = 200;

/**
 * Recomputes the stored queue columns of every applicant with records, from their newest snapshot,
 * under the current settings. Returns how many were recomputed; stops early when `signal` aborts.
 */
export async function resummarizeApplicants(signal?: AbortSignal): Promise<number> {
  const settings = await getFigureSettings();
  let cursor: string | undefined;
  let done = 0;
  for (;;) {
    const batch = await db().applicant.findMany({
      where: { snapshots: { some: {} }, ...(cursor ? { id: { gt: cursor } } : {}) },
      orderBy: { id: "asc" },
      take: BATCH,
      select: {
        id: true,
        snapshots: {
          orderBy: { collectedAt: "desc" },
          take: 1,
          select: { payloadCiphertext: true },
        },
      },
    });
    for (const applicant of batch) {
      if (signal?.aborted) throw new Error("Stopped before every applicant was recomputed.");
      const [newest] = applicant.snapshots;
      if (!newest) continue;
      const record = JSON.parse(decryptField(newest.payloadCiphertext)) as EmploymentRecordSnapshot;
      await updateSummary(applicant.id, record, settings);
      done++;
    }
    const last = batch.at(-1);
    if (!last || batch.length < BATCH) return done;
    cursor = last.id;
  }
}

export const resummarizeHandler: JobHandler = async ({ signal }) => {
  await resummarizeApplicants(signal);
};
