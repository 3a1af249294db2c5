"use client";

import {
  functionalUpdate,
  useTable,
  type ColumnVisibilityState,
  type PaginationState,
  type SortingState,
  type Updater,
} from "@tanstack/react-table";
import { useMemo, useState } from "react";
import { DEFAULT_QUEUE_STATE, type QueueState } from "@/lib/queue/params";
import type { QueueSort } from "@/lib/queue/options";
import type { HideableQueueColumn } from "@/lib/queue/columns";
import type { QueuePage } from "@/lib/queue/list";
import { QueueNoMatches } from "./queue-no-matches";
import { QueuePagination } from "./queue-pagination";
import { QueueTable } from "./queue-table";
import { QueueToolbar } from "./queue-toolbar";

import { queueTableOptions } from "./queue-table-options";
import { saveHiddenColumns } from "./save-hidden-columns";
import { useQueueNavigation } from "./use-queue-navigation";

type Props = { page: QueuePage; state: QueueState; hidden: HideableQueueColumn[] };

export function QueueDataTable({ page, state: serverState, hidden }: Props) {
  const { state, navigate, pending } = useQueueNavigation(serverState);
  const [visibility, setVisibility] = useState<ColumnVisibilityState>(() =>
    Object.fromEntries(hidden.map((id) => [id, false])),
  );
  // The default order (newest first) has no column, so no header shows as sorted.
  const sorting = useMemo<SortingState>(
    () => (state.sort === "createdAt" ? [] : [{ id: state.sort, desc: state.dir === "desc" }]),
    [state.sort, state.dir],
  );
  const pagination = useMemo<PaginationState>(
    () => ({ pageIndex: state.page - 1, pageSize: state.pageSize }),
    [state.page, state.pageSize],
  );

  const table = useTable({
    ...queueTableOptions(page),
    enableMultiSort: false,
    state: { sorting, pagination, columnVisibility: visibility },
    onSortingChange: (updater: Updater<SortingState>) => {
      const [first] = functionalUpdate(updater, sorting);
      navigate(
        first
          ? { sort: first.id as QueueSort, dir: first.desc ? "desc" : "asc" }
          : { sort: DEFAULT_QUEUE_STATE.sort, dir: DEFAULT_QUEUE_STATE.dir },
      );
    },
    onPaginationChange: (updater: Updater<PaginationState>) => {
      const next = functionalUpdate(updater, pagination);
      const resized = next.pageSize !== pagination.pageSize;
      navigate({
        page: resized ? 1 : next.pageIndex + 1,
        pageSize: next.pageSize as QueueState["pageSize"],
      });
    },
    onColumnVisibilityChange: (updater: Updater<ColumnVisibilityState>) => {
      const next = functionalUpdate(updater, visibility);
      setVisibility(next);
      saveHiddenColumns(next);
    },
  });

  return (
    <div className="space-y-3">
      <QueueToolbar table={table} state={state} navigate={navigate} />
      {page.total === 0 ? (
        <QueueNoMatches onReset={() => navigate({ ...DEFAULT_QUEUE_STATE })} />
      ) : (
        <>
          <QueueTable table={table} pending={pending} />
          <QueuePagination table={table} total={page.total} pending={pending} />
        </>
      )}
    </div>
  );
}
