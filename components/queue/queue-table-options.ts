import { queueColumns, selectionColumn } from "./queue-columns";
import { queueFeatures } from "./queue-features";
import type { QueuePage } from "@/lib/queue/list";

/**
 * What every rendering of the queue's table shares: the database sorts and pages (manual mode).
 * With `selectable` (team leads and admins), rows have checkboxes for a bulk assignment.
 */
export function queueTableOptions(page: QueuePage, { selectable = false } = {}) {
  return {
    features: queueFeatures,
    columns: selectable ? [selectionColumn, ...queueColumns] : queueColumns,
    data: page.rows,
    getRowId: (row: QueuePage["rows"][number]) => row.id,
    manualSorting: true,
    manualPagination: true,
    enableRowSelection: selectable,
    rowCount: page.total,
    // Unknown after a capped count (-1): the table then lets the next page be chosen.
    pageCount: page.pageCount ?? -1,
  } as const;
}
