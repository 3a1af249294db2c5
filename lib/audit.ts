import "server-only";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

type Client = Prisma.TransactionClient | ReturnType<typeof db>;

export type AuditInput = {
  actorId: string | null;
  action: string;
  applicantId?: string | null;
  /** An opaque id that outlives the applicant (defaults to applicantId). */
  subject?: string | null;
  details?: Prisma.InputJsonObject;
};

/** Appends to the audit trail. Details hold ids and counts, never identifiers or personal amounts (salaries, incomes); public reference values are fine. */
export async function recordAudit(input: AuditInput, client: Client = db()): Promise<void> {
  await client.auditEvent.create({
    data: {
      actorId: input.actorId,
      action: input.action,
      applicantId: input.applicantId ?? null,
      subject: input.subject ?? input.applicantId ?? null,
      details: input.details ?? {},
      createdAt: now(),
    },
  });
}
