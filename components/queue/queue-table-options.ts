import { queueColumns } from "./queue-columns";
import { queueFeatures } from "./queue-features";
import type { QueuePage } from "@/lib/queue/list";

/** What every rendering of the queue's table shares: the database sorts and pages (manual mode). */
export function queueTableOptions(page: QueuePage) {
  return {
    features: queueFeatures,
    columns: queueColumns,
    data: page.rows,
    getRowId: (row: QueuePage["rows"][number]) => row.id,
    manualSorting: true,
    manualPagination: true,
    rowCount: page.total,
  } as const;
}
