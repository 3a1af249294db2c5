"use client";

import type { CellData, Column } from "@tanstack/react-table";
import { useTranslations } from "next-intl";
import type { QueueRow } from "@/lib/queue/list";
import { cn } from "@/components/ui/cn";
import type { QueueColumnId, QueueFeatures } from "./queue-features";
import { firstColumnDir } from "./queue-sorting";

const ARROWS = { asc: "↑", desc: "↓", none: "↕" } as const;

/** A header that does not sort: the column's short name. */
export function QueueColumnTitle({ id }: { id: QueueColumnId }) {
  const t = useTranslations("queue");
  return t(`columnHeaders.${id}`);
}

/** A sortable header: a real button, so Tab and Enter sort as a click does. */
export function QueueColumnHeader<TValue extends CellData>({
  column,
}: {
  column: Column<QueueFeatures, QueueRow, TValue>;
}) {
  const t = useTranslations("queue");
  const id = column.id as QueueColumnId;
  const sorted = column.getIsSorted();
  const firstDir = firstColumnDir(column.id);
  const next = sorted ? (sorted === "asc" ? "desc" : "asc") : firstDir;
  const arrow = ARROWS[sorted || "none"];
  return (
    <button
      type="button"
      data-testid={`queue-sort-${column.id}`}
      onClick={() => column.toggleSorting(next === "desc")}
      className={cn(
        "-mx-1 inline-flex items-center gap-1 rounded px-1 py-0.5 uppercase tracking-wide hover:bg-slate-200 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-600",
        sorted && "text-slate-900",
      )}
      title={t(`sort.${next}`, { column: t(`columnNames.${id}`).toLowerCase() })}
    >
      {t(`columnHeaders.${id}`)}
      <span aria-hidden="true" className={sorted ? "text-brand-700" : "text-slate-400"}>
        {arrow}
      </span>
    </button>
  );
}
