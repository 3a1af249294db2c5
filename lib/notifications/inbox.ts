import "server-only";
import { z } from "zod";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { NOTIFICATION_KINDS, type NotificationKind } from "./notify";
import { VISIBLE_APPLICANT } from "@/lib/privacy/visible";

/** How many notifications the bell lists, newest first. */
export const INBOX_SIZE = 20;

// Rows of a kind this version does not know (an older or newer one) are left out, not shown blank.
const shown = (userId: string) => ({
  userId,
  kind: { in: [...NOTIFICATION_KINDS] },
  applicant: VISIBLE_APPLICANT,
});

/** How many of the user's notifications are unread: one count on the (user, read) index. */
export function unreadCount(userId: string): Promise<number> {
  return db().notification.count({ where: { ...shown(userId), readAt: null } });
}

/**
 * The user's newest notifications, each with the applicant's name and page, and how many are
 * unread. Only ever the signed-in user's own: callers pass the session's user id.
 */
export async function listNotifications(userId: string) {
  const [rows, unread] = await Promise.all([
    db().notification.findMany({
      where: shown(userId),
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: INBOX_SIZE,
      select: {
        id: true,
        kind: true,
        createdAt: true,
        readAt: true,
        applicant: { select: { id: true, name: true } },
      },
    }),
    unreadCount(userId),
  ]);
  const items = rows.flatMap(({ applicant, ...row }) =>
    applicant
      ? [
          {
            id: row.id,
            kind: row.kind as NotificationKind,
            applicantId: applicant.id,
            applicantName: applicant.name,
            createdAt: row.createdAt.toISOString(),
            read: row.readAt !== null,
          },
        ]
      : [],
  );
  return { items, unread };
}

export type Inbox = Awaited<ReturnType<typeof listNotifications>>;
export type InboxItem = Inbox["items"][number];

/** What `POST /api/notifications/read` takes: some notifications by id, or all of them. */
export const markReadSchema = z.union([
  z
    .object({
      ids: z
        .array(z.uuid())
        .min(1)
        .max(INBOX_SIZE * 5),
    })
    .strict(),
  z.object({ all: z.literal(true) }).strict(),
]);

/**
 * Marks the user's notifications read (those named, or all); others' ids are ignored. Returns
 * how many stay unread.
 */
export async function markRead(
  userId: string,
  which: z.output<typeof markReadSchema>,
): Promise<{ unread: number }> {
  await db().notification.updateMany({
    where: { userId, readAt: null, ...("ids" in which ? { id: { in: which.ids } } : {}) },
    data: { readAt: now() },
  });
  return { unread: await unreadCount(userId) };
}
