import type { ReactTable } from "@tanstack/react-table";
import type { HideableQueueColumn } from "@/lib/queue/columns";
import type { QueueRow } from "@/lib/queue/list";
import {
  columnVisibilityFeature,
  metaHelper,
  rowPaginationFeature,
  rowSelectionFeature,
  rowSortingFeature,
  tableFeatures,
} from "@tanstack/react-table";

// The database sorts and pages (manual mode): the table only carries state, visibility and the
// rows chosen for a bulk assignment.
export const queueFeatures = tableFeatures({
  rowSortingFeature,
  rowPaginationFeature,
  rowSelectionFeature,
  columnVisibilityFeature,
  columnMeta: metaHelper<{ align?: "end" }>(),
});

/** A column's id: its words are `queue.columnHeaders.<id>` and `queue.columnNames.<id>`. */
export type QueueColumnId = "name" | HideableQueueColumn;

export type QueueFeatures = typeof queueFeatures;

export type QueueTableInstance = ReactTable<QueueFeatures, QueueRow>;
