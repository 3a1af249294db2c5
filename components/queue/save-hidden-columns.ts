import type { ColumnVisibilityState } from "@tanstack/react-table";
import { apiFetch } from "@/lib/http/browser/api-fetch";

/** Remembers the hidden columns for this user; a failed save only costs the preference. */
export function saveHiddenColumns(visibility: ColumnVisibilityState): void {
  const hidden = Object.entries(visibility)
    .filter(([, visible]) => visible === false)
    .map(([id]) => id);
  void apiFetch("/api/preferences/queue-columns", {
    method: "PUT",
    body: { hidden },
    fallback: "The server gave no reason.",
  }).then((result) => {
    if (!result.ok) console.warn("cotiza: could not save the queue columns:", result.message);
  });
}
