"use client";

import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import { QueueCellTextProvider } from "./queue-cell-text";
import type { QueueTableInstance } from "./queue-features";

const ARIA_SORT = { asc: "ascending", desc: "descending" } as const;

export function QueueTable({ table, pending }: { table: QueueTableInstance; pending: boolean }) {
  const t = useTranslations("queue");
  return (
    <QueueCellTextProvider>
      <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table
          className={cn("w-full text-sm transition-opacity", pending && "opacity-60")}
          data-testid="queue-table"
          aria-busy={pending}
        >
          <caption className="sr-only">
            {t("table.caption", { count: table.getRowCount() })}
          </caption>
          <thead className="bg-slate-50 text-left text-xs font-medium uppercase tracking-wide text-slate-600">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={sorted ? ARIA_SORT[sorted] : undefined}
                      className={cn(
                        "whitespace-nowrap px-2 py-2",
                        header.column.columnDef.meta?.align === "end" && "text-right",
                      )}
                    >
                      {header.isPlaceholder ? null : <table.FlexRender header={header} />}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody className="divide-y divide-slate-100">
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id} data-testid="queue-row" className="align-top hover:bg-slate-50">
                {row.getVisibleCells().map((cell) => (
                  <td
                    key={cell.id}
                    className={cn(
                      "px-2 py-2",
                      cell.column.columnDef.meta?.align === "end" &&
                        "whitespace-nowrap text-right tabular-nums",
                    )}
                  >
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </QueueCellTextProvider>
  );
}
