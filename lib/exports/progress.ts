import "server-only";
import { db } from "@/lib/db";
import { safeErrorSummary } from "@/lib/errors";
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

type ProgressPatch = Partial<Pick<ExportProgress, "rows" | "applicants" | "status" | "error">>;

/** Runs older than this are deleted whenever an export starts. */
const KEEP_MS = 60 * 60 * 1000;
/** At most one progress UPDATE per export this often; the final status is written at once. */
export const PROGRESS_WRITE_EVERY_MS = 500;

// Progress lives in export_runs, so a poll answered by any replica sees it. Only the throttle is
// per process: a download is streamed by one process, which alone writes its counts.
interface PendingWrites {
  lastWriteAt: number;
  patch?: ProgressPatch;
  timer?: ReturnType<typeof setTimeout>;
  /** Writes of one export, in order: the final status never lands before a late count. */
  chain: Promise<void>;
}
const writers: Map<string, PendingWrites> = ((
  globalThis as { cotizaExportProgressWriters?: Map<string, PendingWrites> }
).cotizaExportProgressWriters ??= new Map());
/** Per user too: someone who reuses another user's id never touches that user's pending counts. */
const writerKey = (id: string, userId: string) => `${userId}:${id}`;

/**
 * Records a new export (or restarts the same user's run with this id; another user's id is left
 * alone), deleting runs nobody has updated for an hour in the same statement.
 */
export async function startProgress(
  id: string,
  entry: Pick<ExportProgress, "userId" | "total">,
): Promise<void> {
  const keepSeconds = KEEP_MS / 1000;
  await db().$executeRaw`
    WITH expired AS (
      DELETE FROM export_runs
       WHERE updated_at < now() - ${keepSeconds}::integer * interval '1 second' AND id <> ${id})
    INSERT INTO export_runs (id, user_id, total, rows, applicants, status, error, updated_at)
    VALUES (${id}, ${entry.userId}::uuid, ${entry.total}::integer, 0, 0, 'running', NULL, now())
    ON CONFLICT (id) DO UPDATE
       SET total = EXCLUDED.total, rows = 0, applicants = 0, status = 'running', error = NULL,
           updated_at = now()
     WHERE export_runs.user_id = EXCLUDED.user_id`;
  const key = writerKey(id, entry.userId);
  const pending = writers.get(key);
  if (pending?.timer) clearTimeout(pending.timer);
  writers.set(key, { lastWriteAt: Date.now(), chain: pending?.chain ?? Promise.resolve() });
}

async function writeProgress(id: string, userId: string, patch: ProgressPatch): Promise<void> {
  await db().exportRun.updateMany({ where: { id, userId }, data: patch });
}

function flush(id: string, userId: string, final: boolean): Promise<void> {
  const key = writerKey(id, userId);
  const pending = writers.get(key);
  if (!pending) return Promise.resolve();
  if (pending.timer) clearTimeout(pending.timer);
  pending.timer = undefined;
  if (final) writers.delete(key);
  const patch = pending.patch;
  if (!patch) return pending.chain;
  pending.patch = undefined;
  pending.lastWriteAt = Date.now();
  pending.chain = pending.chain.catch(() => undefined).then(() => writeProgress(id, userId, patch));
  return pending.chain;
}

/**
 * Moves an export's counts on. Counts are written at most every PROGRESS_WRITE_EVERY_MS (the
 * latest ones follow when that time is up); a status or error is written at once, after any
 * count still on its way. Another user's id changes nothing.
 */
export function updateProgress(id: string, userId: string, patch: ProgressPatch): Promise<void> {
  const final = patch.error !== undefined || (patch.status ?? "running") !== "running";
  const key = writerKey(id, userId);
  const pending = writers.get(key) ?? { lastWriteAt: 0, chain: Promise.resolve() };
  writers.set(key, pending);
  pending.patch = { ...pending.patch, ...patch };
  const wait = pending.lastWriteAt + PROGRESS_WRITE_EVERY_MS - Date.now();
  if (final || wait <= 0) return flush(id, userId, final);
  pending.timer ??= setTimeout(() => {
    flush(id, userId, false).catch((error: unknown) =>
      console.error(`cotiza: could not save an export's progress: ${safeErrorSummary(error)}`),
    );
  }, wait);
  pending.timer.unref?.();
  return Promise.resolve();
}

/** An export refused before its first byte: the page shows the reason, not a lost download. */
export async function refuseProgress(id: string, userId: string, error: string): Promise<void> {
  await startProgress(id, { userId, total: 0 });
  await updateProgress(id, userId, { status: "failed", error });
}

/** The progress of one of this user's exports; another user's id reads as unknown. */
export async function readProgress(id: string, userId: string): Promise<ExportProgress | null> {
  const run = await db().exportRun.findFirst({ where: { id, userId } });
  if (!run) return null;
  return {
    userId: run.userId,
    total: run.total,
    rows: run.rows,
    applicants: run.applicants,
    status: run.status as ExportProgress["status"],
    ...(run.error === null ? {} : { error: run.error }),
    updatedAt: run.updatedAt.getTime(),
  };
}
