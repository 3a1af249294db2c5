import { randomUUID } from "node:crypto";
import { encryptField, lookupHash } from "@/lib/crypto/field-encryption";
import { db } from "@/lib/db";

const DAY = 86_400_000;
const day = (ms: number) => new Date(Math.floor(ms / DAY) * DAY);

/**
 * One applicant with a long, busy career: `jobs` employers (every fifth overlapping the previous
 * one) and `movements` salary movements spread over them, plus three pulls' worth of scores, a
 * few decisions and a page of audit events.
 */
export async function seedBusyApplicant(options: {
  jobs: number;
  movements: number;
  userId: string;
  /** Defaults to a unique `bench-page-…`; a shared prefix lets a queue search find a group. */
  reference?: string;
}) {
  const { jobs, movements, userId } = options;
  const curp = "BUSY800101HDFRRR01";
  const applicant = await db().applicant.create({
    data: {
      name: "Aplicante Muy Ocupado Núñez",
      reference: options.reference ?? `bench-page-${randomUUID()}`,
      institution: "IMSS",
      curpCiphertext: encryptField(curp),
      curpHash: lookupHash(curp),
    },
  });
  const now = Date.now();
  const span = 20 * 365 * DAY;
  const slot = span / jobs;
  const perJob = Math.floor(movements / jobs);
  const snapshot = await db().snapshot.create({
    data: {
      applicantId: applicant.id,
      belvoRecordId: `bench-${randomUUID()}`,
      collectedAt: new Date(now),
      payloadCiphertext: encryptField("{}"),
      officialName: "APLICANTE MUY OCUPADO NUÑEZ",
      entitlementStatus: "EMPLOYED",
      weeksContributed: 1040,
      weeksRedeemed: 0,
      weeksReinstated: 0,
      scores: {
        create: [3, 6, 12].map((period) => ({ period, score: 600 + period * 10, version: "v1" })),
      },
    },
  });
  let created = 0;
  for (let i = 0; i < jobs; i++) {
    const start = now - span + i * slot - (i % 5 === 4 ? slot / 2 : 0);
    const open = i >= jobs - 2;
    const end = open ? null : start + slot * 0.9;
    const count = i === jobs - 1 ? movements - created : perJob;
    const base = 300 + i * 40;
    const job = await db().snapshotJob.create({
      data: {
        snapshotId: snapshot.id,
        position: i,
        employer: `Empresa ${String(i + 1).padStart(2, "0")} Peña y Ibáñez S.A. de C.V.`,
        employerId: `R${String(1_000_000_000 + i)}`,
        state: "CIUDAD DE MEXICO",
        startDate: day(start),
        endDate: end === null ? null : day(end),
        weeksEmployed: Math.round(((end ?? now) - start) / (7 * DAY)),
        lastDailySalary: (base * (1 + 0.03 * (count - 1))).toFixed(2),
        monthlySalary: (base * (1 + 0.03 * (count - 1)) * 30.4).toFixed(2),
      },
    });
    const last = (end ?? now) - DAY;
    await db().salaryMovement.createMany({
      data: Array.from({ length: count }, (_, m) => ({
        jobId: job.id,
        position: m,
        event:
          m === 0
            ? "HIRED"
            : m === count - 1 && end !== null
              ? "DISMISSED_RESIGNED"
              : "SALARY_MODIFICATION",
        date: day(start + ((last - start) * m) / Math.max(count - 1, 1)),
        dailySalary: (base * (1 + 0.03 * m)).toFixed(2),
      })),
    });
    created += count;
  }
  for (const [outcome, reasonCode] of [
    ["REFER", "stale_data"],
    ["APPROVE", "stable_employment"],
  ] as const)
    await db().decision.create({
      data: { applicantId: applicant.id, decidedById: userId, outcome, reasonCode, note: "bench" },
    });
  await db().auditEvent.createMany({
    data: Array.from({ length: 60 }, (_, i) => ({
      actorId: userId,
      action: i % 3 === 0 ? "applicant.decided" : "applicant.viewed",
      applicantId: applicant.id,
      subject: applicant.id,
    })),
  });
  return { applicantId: applicant.id, jobs, movements: created };
}
