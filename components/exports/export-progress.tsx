"use client";

import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/forms/form-error";
import type { DownloadState } from "./use-export-download";

type Tone = "info" | "ok" | "error";
type Translate = ReturnType<typeof useTranslations<"exports.progress">>;

function message(
  state: DownloadState,
  t: Translate,
  reason: (text: string) => string,
  reports: boolean,
) {
  switch (state.phase) {
    case "idle":
      return null;
    case "starting":
      return { text: t("starting"), tone: "info" as Tone };
    case "running":
      return { text: t(reports ? "runningReports" : "running", state), tone: "info" as Tone };
    case "complete":
      return { text: t(reports ? "completeReports" : "complete", state), tone: "ok" as Tone };
    case "cancelled":
      return { text: t("cancelled"), tone: "error" as Tone };
    case "failed":
      return {
        text: state.reason ? t("refused", { reason: reason(state.reason) }) : t("failed"),
        tone: "error" as Tone,
      };
    case "lost":
      return { text: t("lost"), tone: "error" as Tone };
  }
}

const TONES = { info: "text-slate-700", ok: "text-emerald-800", error: "text-red-700" } as const;

/**
 * A progress bar in applicants read (known up front) and the outcome, announced politely; a ZIP of
 * `reports` counts reports where a CSV counts rows.
 */
export function ExportProgress({ state, reports }: { state: DownloadState; reports: boolean }) {
  const t = useTranslations("exports.progress");
  // Why the server refused the export: a catalog key (e.g. an unknown column).
  const reason = useErrorText();
  const shown = message(state, t, (key) => reason(key), reports);
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
          aria-label={t("label")}
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
