"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { PAGE_SIZES } from "@/lib/queue/options";
import type { QueueTableInstance } from "./queue-features";

type Props = { table: QueueTableInstance; total: number; pending: boolean };

export function QueuePagination({ table, total, pending }: Props) {
  const { pageIndex, pageSize } = table.state.pagination;
  const from = pageIndex * pageSize + 1;
  const to = Math.min(total, from + pageSize - 1);
  const pages = table.getPageCount();
  const t = useTranslations("queue");
  return (
    <nav
      aria-label={t("pagination.label")}
      className="flex flex-wrap items-center justify-between gap-3 text-sm text-slate-600"
    >
      <p data-testid="queue-range" aria-live="polite">
        {t("pagination.range", { from, to, total })}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <label className="flex items-center gap-2">
          {t("pagination.rowsPerPage")}
          <select
            data-testid="queue-page-size"
            className="h-8 rounded-md border border-slate-300 bg-white px-2 focus-visible:outline-2 focus-visible:outline-brand-600"
            value={pageSize}
            onChange={(event) => table.setPageSize(Number(event.target.value))}
          >
            {PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </label>
        <span data-testid="queue-page-label" className="px-2">
          {t("pagination.page", { page: pageIndex + 1, pages })}
        </span>
        <Button
          variant="secondary"
          size="sm"
          data-testid="queue-page-prev"
          disabled={pending || !table.getCanPreviousPage()}
          onClick={() => table.previousPage()}
        >
          {t("pagination.previous")}
        </Button>
        <Button
          variant="secondary"
          size="sm"
          data-testid="queue-page-next"
          disabled={pending || !table.getCanNextPage()}
          onClick={() => table.nextPage()}
        >
          {t("pagination.next")}
        </Button>
      </div>
    </nav>
  );
}
