import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { useTable } from "@tanstack/react-table";
import { queueColumns } from "@/components/queue/queue-columns";
import { queueFeatures } from "@/components/queue/queue-features";
import { QueueTable } from "@/components/queue/queue-table";
import type { QueuePage } from "@/lib/data/queue";

// The queue's table as the server renders it for the first paint (same columns, cells and
// formatting), without the Next.js router around it.
function BenchTable({ page }: { page: QueuePage }) {
  const table = useTable({
    features: queueFeatures,
    columns: queueColumns,
    data: page.rows,
    getRowId: (row) => row.id,
    manualSorting: true,
    manualPagination: true,
    rowCount: page.total,
  });
  return createElement(QueueTable, { table, pending: false });
}

/** HTML of the table for one page of rows; its length is returned so the work is not elided. */
export function renderQueueTable(page: QueuePage): number {
  return renderToString(createElement(BenchTable, { page })).length;
}
