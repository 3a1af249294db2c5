import { formatNumber } from "@/lib/format";
import type { DownloadState } from "./use-export-download";

const n = (value: number) => formatNumber(value);

function message(state: DownloadState): { text: string; tone: "info" | "ok" | "error" } | null {
  switch (state.phase) {
    case "idle":
      return null;
    case "starting":
      return { text: "Starting the download…", tone: "info" };
    case "running":
      return {
        text: `${n(state.applicants)} of ${n(state.total)} applicants read · ${n(state.rows)} rows written`,
        tone: "info",
      };
    case "complete":
      return {
        text: `Done: ${n(state.rows)} ${state.rows === 1 ? "row" : "rows"} from ${n(state.total)} ${state.total === 1 ? "applicant" : "applicants"}. The file is in your downloads.`,
        tone: "ok",
      };
    case "cancelled":
      return { text: "The download was cancelled before it finished.", tone: "error" };
    case "failed":
      return {
        text: state.reason
          ? `The export could not start: ${state.reason}`
          : "The export stopped part-way because of an error on our side; the file is incomplete. Try again.",
        tone: "error",
      };
    case "lost":
      return {
        text: "The download did not start. Check your browser's downloads, or try again.",
        tone: "error",
      };
  }
}

const TONES = { info: "text-slate-700", ok: "text-emerald-800", error: "text-red-700" } as const;

/** A progress bar in applicants read (known up front) and the outcome, announced politely. */
export function ExportProgress({ state }: { state: DownloadState }) {
  const shown = message(state);
  if (!shown) return null;
  const percent =
    state.phase === "running" || state.phase === "complete"
      ? Math.round((state.applicants / Math.max(1, state.total)) * 100)
      : null;
  return (
    <div className="mt-4 space-y-2" data-testid="export-progress" data-phase={state.phase}>
      {percent !== null || state.phase === "starting" ? (
        <div
          role="progressbar"
          aria-label="Export progress"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent ?? undefined}
          className="h-2 overflow-hidden rounded-full bg-slate-100"
        >
          <div className="h-full rounded-full bg-brand-600" style={{ width: `${percent ?? 2}%` }} />
        </div>
      ) : null}
      <p role="status" className={`text-sm ${TONES[shown.tone]}`} data-testid="export-status">
        {shown.text}
      </p>
    </div>
  );
}
