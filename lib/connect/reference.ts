import "server-only";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * A reference names one applicant. An open invite holds its reference too: otherwise the invited
 * applicant would connect at Belvo (spending an IMSS query) and then fail to be saved.
 */
export async function assertReferenceFree(reference: string): Promise<void> {
  const [applicant, invite] = await Promise.all([
    db().applicant.findUnique({ where: { reference }, select: { id: true } }),
    db().invite.findFirst({
      where: { reference, status: { not: "COMPLETED" }, expiresAt: { gt: now() } },
      select: { id: true },
    }),
  ]);
  if (applicant) throw new AppError("conflict", "errors.connect.referenceTaken", { reference });
  if (invite) throw new AppError("conflict", "errors.connect.referenceInInvite", { reference });
}
