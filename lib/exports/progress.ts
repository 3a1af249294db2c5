import "server-only";
import type { ExportCounts, ExportOutcome } from "./csv-stream";

export interface ExportProgress extends ExportCounts {
  userId: string;
  /** Applicants the export covers, counted when it started. */
  total: number;
  status: "running" | ExportOutcome;
  /** Why the export could not start (shown instead of a progress bar). */
  error?: string;
  updatedAt: number;
}

const KEEP_MS = 60 * 60 * 1000;

// One registry per server process, shared by every route module (they may be bundled apart). A
// download and its progress polls reach the same process: Cotiza runs as one Node server.
const registry: Map<string, ExportProgress> = ((
  globalThis as { cotizaExportProgress?: Map<string, ExportProgress> }
).cotizaExportProgress ??= new Map());

export function startProgress(id: string, entry: Pick<ExportProgress, "userId" | "total">) {
  const now = Date.now();
  for (const [key, value] of registry) {
    if (now - value.updatedAt > KEEP_MS) registry.delete(key);
  }
  const existing = registry.get(id);
  if (existing && existing.userId !== entry.userId) return;
  registry.set(id, { ...entry, rows: 0, applicants: 0, status: "running", updatedAt: now });
}

export function updateProgress(
  id: string,
  userId: string,
  patch: Partial<Pick<ExportProgress, "rows" | "applicants" | "status" | "error">>,
) {
  const entry = registry.get(id);
  if (entry?.userId === userId) registry.set(id, { ...entry, ...patch, updatedAt: Date.now() });
}

/** An export refused before its first byte: the page shows the reason, not a lost download. */
export function refuseProgress(id: string, userId: string, error: string) {
  startProgress(id, { userId, total: 0 });
  updateProgress(id, userId, { status: "failed", error });
}

/** The progress of one of this user's exports; another user's id reads as unknown. */
export function readProgress(id: string, userId: string): ExportProgress | null {
  const entry = registry.get(id);
  return entry && entry.userId === userId ? entry : null;
}
