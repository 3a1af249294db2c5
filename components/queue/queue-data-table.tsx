"use client";

import {
  functionalUpdate,
  useTable,
  type ColumnVisibilityState,
  type PaginationState,
  type RowSelectionState,
  type SortingState,
  type Updater,
} from "@tanstack/react-table";
import { useMemo, useState } from "react";
import { DEFAULT_QUEUE_STATE, serializeQueueState, type QueueState } from "@/lib/queue/params";
import type { HideableQueueColumn } from "@/lib/queue/columns";
import type { QueuePage } from "@/lib/queue/list";
import type { SavedQueueView } from "@/lib/queue/views";
import { QueueBulkAssign, type Assignee } from "./queue-bulk-assign";
import { QueueNoMatches } from "./queue-no-matches";
import { QueuePagination } from "./queue-pagination";
import { QueueSavedViews } from "./queue-saved-views";
import { QueueScope } from "./queue-scope";
import { columnSorting, urlSorting } from "./queue-sorting";
import { QueueTable } from "./queue-table";
import { QueueToolbar } from "./queue-toolbar";

import { queueTableOptions } from "./queue-table-options";
import { saveHiddenColumns } from "./save-hidden-columns";
import { useQueueNavigation } from "./use-queue-navigation";

type Props = {
  page: QueuePage;
  state: QueueState;
  hidden: HideableQueueColumn[];
  views: SavedQueueView[];
  /** The people the assignment filter names. */
  people: Assignee[];
  /** Who a bulk assignment may choose; null when this user may not assign others. */
  assignees: Assignee[] | null;
};

export function QueueDataTable({ page, state: serverState, hidden, ...props }: Props) {
  const { state, navigate, pending } = useQueueNavigation(serverState);
  const [visibility, setVisibility] = useState<ColumnVisibilityState>(() =>
    Object.fromEntries(hidden.map((id) => [id, false])),
  );
  const [selection, setSelection] = useState<RowSelectionState>({});
  const [announcement, setAnnouncement] = useState("");
  // A new page of rows starts with nothing selected.
  const [rows, setRows] = useState(page.rows);
  if (rows !== page.rows) {
    setRows(page.rows);
    setSelection({});
  }
  const sorting = useMemo<SortingState>(() => columnSorting(state), [state]);
  const pagination = useMemo<PaginationState>(
    () => ({ pageIndex: state.page - 1, pageSize: state.pageSize }),
    [state.page, state.pageSize],
  );

  const table = useTable({
    ...queueTableOptions(page, { selectable: props.assignees !== null }),
    enableMultiSort: false,
    state: { sorting, pagination, columnVisibility: visibility, rowSelection: selection },
    onSortingChange: (updater: Updater<SortingState>) => {
      const [first] = functionalUpdate(updater, sorting);
      navigate(
        first
          ? urlSorting(first)
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
    onRowSelectionChange: (updater: Updater<RowSelectionState>) =>
      setSelection(functionalUpdate(updater, selection)),
  });
  const selectedIds = page.rows.filter((row) => selection[row.id]).map((row) => row.id);

  return (
    <div className="space-y-3">
      <div className="relative flex flex-wrap items-center gap-2">
        <QueueScope state={state} navigate={navigate} />
        <QueueSavedViews
          initial={props.views}
          currentQuery={serializeQueueState({ ...state, page: 1 })}
        />
      </div>
      <QueueToolbar table={table} state={state} navigate={navigate} people={props.people} />
      {props.assignees && selectedIds.length > 0 ? (
        <QueueBulkAssign
          applicantIds={selectedIds}
          assignees={props.assignees}
          onClear={() => setSelection({})}
          onDone={setAnnouncement}
        />
      ) : null}
      <p
        role="status"
        className={announcement ? "text-sm text-slate-700" : "sr-only"}
        data-testid="queue-status"
      >
        {announcement}
      </p>
      {page.total === 0 ? (
        <QueueNoMatches
          state={state}
          onReset={() => navigate({ ...DEFAULT_QUEUE_STATE })}
          onShowAll={() => navigate({ decision: [] })}
        />
      ) : (
        <>
          <QueueTable table={table} pending={pending} />
          <QueuePagination
            table={table}
            total={page.total}
            capped={page.capped}
            pending={pending}
          />
        </>
      )}
    </div>
  );
}
