import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { useTable } from "@tanstack/react-table";
import { queueTableOptions } from "@/components/queue/queue-table-options";
import { QueueTable } from "@/components/queue/queue-table";
import type { QueuePage } from "@/lib/queue/list";

// The queue's table as the server renders it for the first paint (same columns, cells and
// formatting), without the Next.js router around it.
function BenchTable({ page }: { page: QueuePage }) {
  const table = useTable(queueTableOptions(page));
  return createElement(QueueTable, { table, pending: false });
}

/** HTML of the table for one page of rows; its length is returned so the work is not elided. */
export function renderQueueTable(page: QueuePage): number {
  return renderToString(createElement(BenchTable, { page })).length;
}
