import "server-only";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

type Client = Prisma.TransactionClient | ReturnType<typeof db>;

/**
 * What a notification tells its reader; the words are `notifications.kinds.<kind>` in the catalogs.
 * - `inviteConnected`: an invited applicant connected (to the assignee, else the inviter);
 * - `signOffRequested`: an approval waits for a team lead's sign-off (to every active team lead);
 * - `signedOff` / `returned`: a team lead signed off or returned an approval (to its decider);
 * - `alertRaised`: a monitored applicant's new data raised alerts (to the alert's recipient).
 */
export const NOTIFICATION_KINDS = [
  "inviteConnected",
  "signOffRequested",
  "signedOff",
  "returned",
  "alertRaised",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Leaves a notification for each user (once each; none for the actor themself). */
export async function notify(
  input: {
    userIds: readonly (string | null | undefined)[];
    kind: NotificationKind;
    applicantId: string;
    actorId?: string | null;
  },
  client: Client = db(),
): Promise<void> {
  const userIds = [...new Set(input.userIds)].filter(
    (id): id is string => typeof id === "string" && id !== input.actorId,
  );
  if (userIds.length === 0) return;
  const createdAt = now();
  await client.notification.createMany({
    data: userIds.map((userId) => ({
      userId,
      kind: input.kind,
      applicantId: input.applicantId,
      createdAt,
    })),
  });
}
