import "server-only";
import { randomUUID } from "node:crypto";
import {
  QUEUE_COLUMNS_PREFERENCE,
  queueColumnsSchema,
  type QueueColumnsPreference,
} from "@/lib/queue/columns";
import {
  MAX_QUEUE_VIEWS,
  QUEUE_VIEWS_PREFERENCE,
  sameViewName,
  savedViewsSchema,
  viewQuery,
  type QueueViewInput,
  type SavedQueueView,
} from "@/lib/queue/views";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

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

/** This user's saved views, in the order they were saved; a value that no longer parses is none. */
export async function getQueueViews(userId: string): Promise<SavedQueueView[]> {
  const row = await db().userPreference.findUnique({
    where: { userId_key: { userId, key: QUEUE_VIEWS_PREFERENCE } },
    select: { value: true },
  });
  const parsed = savedViewsSchema.safeParse(row?.value);
  return parsed.success ? parsed.data.views : [];
}

const viewError = (key: string) =>
  new AppError("bad_request", "errors.request.fieldsNeedAttention", undefined, {
    fields: { name: key },
  });

async function writeQueueViews(userId: string, views: SavedQueueView[]) {
  await db().userPreference.upsert({
    where: { userId_key: { userId, key: QUEUE_VIEWS_PREFERENCE } },
    create: { userId, key: QUEUE_VIEWS_PREFERENCE, value: { views } },
    update: { value: { views } },
  });
  return views;
}

/**
 * Saves the query under a name, after the views already saved. A name already used, or an
 * eleventh view, is refused with a field error on `name`.
 */
export async function saveQueueView(
  userId: string,
  input: QueueViewInput,
): Promise<SavedQueueView[]> {
  const views = await getQueueViews(userId);
  if (views.some((view) => sameViewName(view.name, input.name)))
    throw viewError("queue.views.errors.nameTaken");
  if (views.length >= MAX_QUEUE_VIEWS) throw viewError("queue.views.errors.tooMany");
  const view = { id: randomUUID(), name: input.name.trim(), query: viewQuery(input.query) };
  return writeQueueViews(userId, [...views, view]);
}

export async function deleteQueueView(userId: string, id: string): Promise<SavedQueueView[]> {
  const views = await getQueueViews(userId);
  const rest = views.filter((view) => view.id !== id);
  if (rest.length === views.length) throw new AppError("not_found");
  return writeQueueViews(userId, rest);
}
