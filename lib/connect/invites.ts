import "server-only";
import type { z } from "zod";
import { now } from "@/lib/clock";
import { createUrlToken, hashToken } from "@/lib/crypto/url-token";
import { recordAudit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/users";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { newInviteSchema } from "./invite-input";
import { assertReferenceFree } from "./reference";

export const INVITE_LIFETIME_MS = 72 * 60 * 60 * 1000;

/** Creates a single-use connect URL. Only the token's hash is stored; the URL is shown once. */
export async function createInvite(user: SessionUser, input: z.output<typeof newInviteSchema>) {
  await assertReferenceFree(input.reference);
  const { token, tokenHash } = createUrlToken();
  const invite = await db().invite.create({
    data: {
      tokenHash,
      applicantName: input.applicantName,
      reference: input.reference,
      accessMode: input.accessMode,
      declaredMonthlyIncome: input.declaredMonthlyIncome ?? null,
      createdById: user.id,
      createdAt: now(),
      expiresAt: new Date(now().getTime() + INVITE_LIFETIME_MS),
    },
    select: { id: true, expiresAt: true },
  });
  await recordAudit({
    actorId: user.id,
    action: "invite.created",
    details: { inviteId: invite.id },
  });
  return { id: invite.id, path: `/connect/${token}`, expiresAt: invite.expiresAt.toISOString() };
}

/** The invite behind a connect URL, if it can still be used; otherwise a reason a person understands. */
export async function usableInvite(token: string) {
  const invite = await db().invite.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!invite) throw new AppError("not_found", "errors.invite.invalid");
  if (invite.status === "COMPLETED")
    throw new AppError("conflict", "errors.invite.connected", undefined, { state: "connected" });
  if (invite.expiresAt < now()) throw new AppError("conflict", "errors.invite.expired");
  return invite;
}

/** Recent invites for the underwriter's list, newest first. */
export async function listInvites() {
  // Not a blocked applicant's (lib/privacy/visible.ts): invites have no relation to filter
  // through, and blocked applicants are few (the ones with a deletion date, on its index).
  const blocked = await db().applicant.findMany({
    where: { deleteAfter: { not: null } },
    select: { id: true },
  });
  const invites = await db().invite.findMany({
    where: { OR: [{ applicantId: null }, { applicantId: { notIn: blocked.map((a) => a.id) } }] },
    orderBy: { createdAt: "desc" },
    take: 20,
    select: {
      id: true,
      applicantName: true,
      reference: true,
      status: true,
      lastEvent: true,
      expiresAt: true,
      createdAt: true,
      applicantId: true,
    },
  });
  return invites.map((invite) => ({
    ...invite,
    expired: invite.status !== "COMPLETED" && invite.expiresAt < now(),
    expiresAt: invite.expiresAt.toISOString(),
    createdAt: invite.createdAt.toISOString(),
    lastEvent: invite.lastEvent as { error?: string; message?: string; at?: string } | null,
  }));
}

/**
 * Keeps why a connect step failed on the invite itself, so the public connect page shows only what
 * Cotiza stored and never text taken from its own URL.
 */
/** Keeps the problem a connect step met (a catalog key and its values) for the connect page. */
export async function noteInviteProblem(
  token: string,
  problem: string,
  params?: Record<string, string | number>,
): Promise<void> {
  await db().invite.updateMany({
    where: { tokenHash: hashToken(token) },
    data: { lastEvent: { problem, ...(params ? { params } : {}), at: now().toISOString() } },
  });
}
