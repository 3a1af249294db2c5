import { z } from "zod";

// Columns a person may hide; the applicant's name and reference always stay. The queue export
// writes these too, as its default columns (lib/exports/queue-columns.ts).
export const HIDEABLE_QUEUE_COLUMNS = [
  "institution",
  "linkStatus",
  "currentEmployer",
  "monthlyIncome",
  "tenure",
  "score12",
  "flags",
  "dataAsOf",
  "assignedTo",
] as const;

/** The worklist's columns, hideable too: the decision status and the time in the queue. */
export const WORKLIST_QUEUE_COLUMNS = ["decisionStatus", "waiting"] as const;

export type HideableQueueColumn =
  (typeof HIDEABLE_QUEUE_COLUMNS)[number] | (typeof WORKLIST_QUEUE_COLUMNS)[number];

const ALL_HIDEABLE = [...WORKLIST_QUEUE_COLUMNS, ...HIDEABLE_QUEUE_COLUMNS] as const;

export const QUEUE_COLUMNS_PREFERENCE = "queue-columns";

export const queueColumnsSchema = z.object({
  hidden: z.array(z.enum(ALL_HIDEABLE)).max(ALL_HIDEABLE.length),
});

export type QueueColumnsPreference = z.infer<typeof queueColumnsSchema>;
