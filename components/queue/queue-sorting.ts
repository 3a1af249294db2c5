import type { ColumnSort, SortingState } from "@tanstack/react-table";
import { defaultDir, type QueueState } from "@/lib/queue/params";
import type { QueueSort } from "@/lib/queue/options";

// The time-in-queue column sorts by the day the applicant was added (`sort=createdAt`): the longest
// wait first is the oldest first. Its header speaks of the wait, so its direction is the flip of
// the URL's; every other sortable column's id and direction are the URL's own.

export const WAITING_COLUMN = "waiting";

const flip = (dir: "asc" | "desc") => (dir === "asc" ? "desc" : "asc");

/** The table's sorting state for the URL's order. */
export function columnSorting({ sort, dir }: Pick<QueueState, "sort" | "dir">): SortingState {
  if (sort === "createdAt") return [{ id: WAITING_COLUMN, desc: dir === "asc" }];
  return [{ id: sort, desc: dir === "desc" }];
}

/** The URL's order for a header's sort. */
export function urlSorting(column: ColumnSort): Pick<QueueState, "sort" | "dir"> {
  const dir = column.desc ? "desc" : "asc";
  if (column.id === WAITING_COLUMN) return { sort: "createdAt", dir: flip(dir) };
  return { sort: column.id as QueueSort, dir };
}

/** The direction a header sorts in first, in the header's own terms (longest wait first). */
export function firstColumnDir(columnId: string): "asc" | "desc" {
  if (columnId === WAITING_COLUMN) return flip(defaultDir("createdAt"));
  return defaultDir(columnId as QueueSort);
}
