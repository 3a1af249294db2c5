import { z } from "zod";

// Columns a person may hide; the applicant's name and reference always stay.
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

export type HideableQueueColumn = (typeof HIDEABLE_QUEUE_COLUMNS)[number];

export const QUEUE_COLUMNS_PREFERENCE = "queue-columns";

export const queueColumnsSchema = z.object({
  hidden: z.array(z.enum(HIDEABLE_QUEUE_COLUMNS)).max(HIDEABLE_QUEUE_COLUMNS.length),
});

export type QueueColumnsPreference = z.infer<typeof queueColumnsSchema>;
