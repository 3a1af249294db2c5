"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { PAGE_SIZES } from "@/lib/queue/options";
import { queuePager } from "@/lib/queue/pager";
import type { QueueTableInstance } from "./queue-features";

/** `capped`: counting stopped at `total`, and more rows match (the page count is unknown). */
type Props = { table: QueueTableInstance; total: number; capped: boolean; pending: boolean };

export function QueuePagination({ table, total, capped, pending }: Props) {
  const { pageIndex, pageSize } = table.state.pagination;
  const page = pageIndex + 1;
  const { from, to, pages, hasPrevious, hasNext } = queuePager({ page, pageSize, total, capped });
  const t = useTranslations("queue");
  return (
    <nav
      aria-label={t("pagination.label")}
      className="flex flex-wrap items-center justify-between gap-3 text-sm text-slate-600"
    >
      <p data-testid="queue-range" aria-live="polite">
        {t(capped ? "pagination.rangeMore" : "pagination.range", { from, to, total })}
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
          {pages === null
            ? t("pagination.pageOnly", { page })
            : t("pagination.page", { page, pages })}
        </span>
        <Button
          variant="secondary"
          size="sm"
          data-testid="queue-page-prev"
          disabled={pending || !hasPrevious}
          onClick={() => table.previousPage()}
        >
          {t("pagination.previous")}
        </Button>
        <Button
          variant="secondary"
          size="sm"
          data-testid="queue-page-next"
          disabled={pending || !hasNext}
          onClick={() => table.nextPage()}
        >
          {t("pagination.next")}
        </Button>
      </div>
    </nav>
  );
}
