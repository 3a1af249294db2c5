import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { createUrlToken, hashToken } from "@/lib/crypto/url-token";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PasswordTokenPurpose } from "@/lib/generated/prisma/enums";

const HOUR_MS = 60 * 60 * 1000;
// A reset answers a request someone is waiting on; an invite may sit in an inbox over a weekend.
const LIFETIME_MS: Record<PasswordTokenPurpose, number> = {
  INVITE: 72 * HOUR_MS,
  RESET: 24 * HOUR_MS,
};

export type PasswordLink = { path: string; expiresAt: string; purpose: PasswordTokenPurpose };

/** Creates a set-password link; it replaces any unused earlier one, so only the newest works. */
export async function issuePasswordLink(
  tx: Prisma.TransactionClient,
  input: { userId: string; purpose: PasswordTokenPurpose; createdById: string },
): Promise<PasswordLink> {
  await tx.passwordToken.deleteMany({ where: { userId: input.userId, usedAt: null } });
  const { token, tokenHash } = createUrlToken();
  const expiresAt = new Date(Date.now() + LIFETIME_MS[input.purpose]);
  await tx.passwordToken.create({ data: { ...input, tokenHash, expiresAt } });
  return { path: `/join/${token}`, expiresAt: expiresAt.toISOString(), purpose: input.purpose };
}

// What createUrlToken makes: anything else is not worth a query.
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

async function findUsableLink(
  client: Prisma.TransactionClient | ReturnType<typeof db>,
  token: string,
) {
  if (!TOKEN_SHAPE.test(token)) throw new AppError("not_found", "errors.joinLink.invalid");
  const link = await client.passwordToken.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { user: { select: { id: true, name: true, email: true, active: true } } },
  });
  if (!link || !link.user.active) throw new AppError("not_found", "errors.joinLink.invalid");
  if (link.usedAt) throw new AppError("conflict", "errors.joinLink.used");
  if (link.expiresAt < new Date()) throw new AppError("conflict", "errors.joinLink.expired");
  return link;
}

/** What the public set-password page shows for a link, or an AppError saying why it cannot be used. */
export async function describePasswordLink(token: string) {
  const link = await findUsableLink(db(), token);
  return { purpose: link.purpose, name: link.user.name, email: link.user.email };
}

/** Sets the password behind a link exactly once, even when the form is submitted twice at once. */
export async function setPasswordWithLink(token: string, password: string) {
  // The link is checked before scrypt runs, so a made-up token costs a lookup, not a hash; the
  // hash is made outside the transaction (scrypt takes a while and the embedded database has one
  // connection), and the transaction checks and claims the link again.
  await findUsableLink(db(), token);
  const passwordHash = await hashPassword(password);
  return db().$transaction(async (tx) => {
    const link = await findUsableLink(tx, token);
    const claimed = await tx.passwordToken.updateMany({
      where: { id: link.id, usedAt: null },
      data: { usedAt: new Date() },
    });
    if (claimed.count !== 1) throw new AppError("conflict", "errors.joinLink.used");
    await tx.user.update({ where: { id: link.user.id }, data: { passwordHash } });
    await recordAudit(
      {
        actorId: link.user.id,
        action: "user.password_set",
        subject: link.user.id,
        details: { userId: link.user.id, linkId: link.id, purpose: link.purpose },
      },
      tx,
    );
    return { email: link.user.email };
  });
}
