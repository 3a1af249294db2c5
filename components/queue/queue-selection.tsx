"use client";

import type { Row, Table } from "@tanstack/react-table";
import { useTranslations } from "next-intl";
import type { QueueRow } from "@/lib/queue/list";
import type { QueueFeatures } from "./queue-features";

const CHECKBOX_CLASS =
  "size-4 cursor-pointer accent-brand-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600";

/** Selects or clears every row of this page (mixed while only some are selected). */
export function SelectAllRows({ table }: { table: Table<QueueFeatures, QueueRow> }) {
  const t = useTranslations("queue");
  const all = table.getIsAllPageRowsSelected();
  const some = table.getIsSomePageRowsSelected();
  return (
    <input
      type="checkbox"
      className={CHECKBOX_CLASS}
      data-testid="queue-select-all"
      aria-label={t("bulk.selectAll")}
      checked={all}
      ref={(input) => {
        if (input) input.indeterminate = some && !all;
      }}
      onChange={(event) => table.toggleAllPageRowsSelected(event.target.checked)}
    />
  );
}

export function SelectRow({ row }: { row: Row<QueueFeatures, QueueRow> }) {
  const t = useTranslations("queue");
  return (
    <input
      type="checkbox"
      className={CHECKBOX_CLASS}
      data-testid="queue-select-row"
      aria-label={t("bulk.selectRow", { name: row.original.name })}
      checked={row.getIsSelected()}
      onChange={(event) => row.toggleSelected(event.target.checked)}
    />
  );
}
