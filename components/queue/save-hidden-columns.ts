import type { ColumnVisibilityState } from "@tanstack/react-table";

/** Remembers the hidden columns for this user; a failed save only costs the preference. */
export function saveHiddenColumns(visibility: ColumnVisibilityState): void {
  const hidden = Object.entries(visibility)
    .filter(([, visible]) => visible === false)
    .map(([id]) => id);
  void fetch("/api/preferences/queue-columns", {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ hidden }),
  })
    .then((response) => {
      if (!response.ok) console.warn("cotiza: could not save the queue columns", response.status);
    })
    .catch(() => console.warn("cotiza: could not save the queue columns"));
}
