import { z } from "zod";
import { safeText } from "@/lib/http/text";
import { parseQueueParams, serializeQueueState } from "@/lib/queue/params";

// Saved views: a few named queue URLs per user, kept in one UserPreference row.

export const QUEUE_VIEWS_PREFERENCE = "queue.views";
/** How many views one person may keep; `queue.views.errors.tooMany` says the same number. */
export const MAX_QUEUE_VIEWS = 10;
export const MAX_VIEW_NAME_LENGTH = 40;

export const queueViewInputSchema = z.object({
  name: safeText({
    max: MAX_VIEW_NAME_LENGTH,
    tooLong: "queue.views.errors.nameTooLong",
    required: "queue.views.errors.nameRequired",
  }).min(1, "queue.views.errors.nameRequired"),
  /** The queue's query string, with or without its `?`; it is stored in canonical form. */
  query: safeText({
    max: 2_000,
    tooLong: "queue.views.errors.query",
    required: "queue.views.errors.query",
    trim: false,
  }),
});

export type QueueViewInput = z.output<typeof queueViewInputSchema>;

const savedViewSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1).max(MAX_VIEW_NAME_LENGTH),
  query: z.string(),
});

export const savedViewsSchema = z.object({ views: z.array(savedViewSchema) });

export type SavedQueueView = z.infer<typeof savedViewsSchema>["views"][number];

/**
 * The query a view keeps: the queue's canonical query string for it, without a page (a view
 * opens on its first page). Values the queue would drop are dropped here too.
 */
export function viewQuery(query: string): string {
  const state = parseQueueParams(new URLSearchParams(query.replace(/^\?/, "")));
  return serializeQueueState({ ...state, page: 1 });
}

/** Two names are the same view name when they differ only in case or surrounding spaces. */
export const sameViewName = (a: string, b: string) =>
  a.trim().toLocaleLowerCase("es") === b.trim().toLocaleLowerCase("es");
