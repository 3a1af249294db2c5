import "server-only";
import {
  QUEUE_COLUMNS_PREFERENCE,
  queueColumnsSchema,
  type QueueColumnsPreference,
} from "@/lib/queue/columns";
import { db } from "@/lib/db";

const NONE: QueueColumnsPreference = { hidden: [] };

/** The queue columns this user hid; a stored value that no longer parses counts as none. */
export async function getQueueColumns(userId: string): Promise<QueueColumnsPreference> {
  const row = await db().userPreference.findUnique({
    where: { userId_key: { userId, key: QUEUE_COLUMNS_PREFERENCE } },
    select: { value: true },
  });
  const parsed = queueColumnsSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : NONE;
}

export async function setQueueColumns(
  userId: string,
  value: QueueColumnsPreference,
): Promise<QueueColumnsPreference> {
  const hidden = [...new Set(value.hidden)];
  await db().userPreference.upsert({
    where: { userId_key: { userId, key: QUEUE_COLUMNS_PREFERENCE } },
    create: { userId, key: QUEUE_COLUMNS_PREFERENCE, value: { hidden } },
    update: { value: { hidden } },
  });
  return { hidden };
}
