"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useErrorText } from "@/components/forms/form-error";
import { Button } from "@/components/ui/button";
import { LinkButton } from "@/components/ui/link-button";
import { ReportDownloadButton } from "@/components/report/download-link";
import { apiFetch, type ApiResult } from "@/lib/http/browser/api-fetch";

type Props = {
  applicantId: string;
  canDelete: boolean;
  refreshBlockedUntil: string | null;
  /** Whether there are records to report on (the newest pull's verification report). */
  canReport?: boolean;
};
type Outcome<T> = { ok: true; data: T } | { ok: false; message: string };

/** Refresh (one IMSS query) and delete, with clear feedback. */
export function ApplicantActions({
  applicantId,
  canDelete,
  refreshBlockedUntil,
  canReport = false,
}: Props) {
  const t = useTranslations("applicant.actions");
  const errorText = useErrorText();
  const router = useRouter();
  const [busy, setBusy] = useState<"refresh" | "delete" | null>(null);
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);

  // Past the daily IMSS limit the server's sentence says when a refresh is possible again.
  async function call<T>(url: string, method: string): Promise<Outcome<T>> {
    const result: ApiResult<T> = await apiFetch<T>(url, { method, fallback: t("failed") });
    if (result.ok) return result;
    const text = [
      errorText(result.message, result.params),
      ...Object.values(result.fields).map((key) => errorText(key)),
    ];
    return { ok: false, message: text.filter(Boolean).join(" ") };
  }

  async function refresh() {
    setBusy("refresh");
    setMessage(null);
    const result = await call<{ changes?: number }>(
      `/api/applicants/${applicantId}/refresh`,
      "POST",
    );
    setBusy(null);
    if (!result.ok) return setMessage({ tone: "error", text: result.message });
    const changes = Number(result.data.changes ?? 0);
    setMessage({ tone: "ok", text: t("refreshed", { count: changes }) });
    router.refresh();
  }

  async function remove() {
    if (!window.confirm(t("confirmDelete"))) return;
    setBusy("delete");
    const result = await call(`/api/applicants/${applicantId}`, "DELETE");
    setBusy(null);
    if (!result.ok) return setMessage({ tone: "error", text: result.message });
    router.push("/applicants");
    router.refresh();
  }

  return (
    <div className="flex flex-col items-end gap-2">
      <div className="flex flex-wrap justify-end gap-2">
        {canReport ? <ReportDownloadButton applicantId={applicantId} /> : null}
        <LinkButton
          href={`/exports?kind=jobs&applicant=${applicantId}`}
          variant="ghost"
          data-testid="export-applicant"
        >
          {t("export")}
        </LinkButton>
        <Button
          variant="secondary"
          onClick={refresh}
          disabled={busy !== null || refreshBlockedUntil !== null}
          data-testid="refresh-applicant"
          title={refreshBlockedUntil ? t("limitReached") : undefined}
        >
          {busy === "refresh" ? t("refreshing") : t("refresh")}
        </Button>
        {canDelete ? (
          <Button
            variant="danger"
            onClick={remove}
            disabled={busy !== null}
            data-testid="delete-applicant"
          >
            {busy === "delete" ? t("deleting") : t("delete")}
          </Button>
        ) : null}
      </div>
      {message ? (
        <p
          role={message.tone === "error" ? "alert" : "status"}
          className={
            message.tone === "error"
              ? "max-w-md text-right text-sm text-red-700"
              : "max-w-md text-right text-sm text-emerald-700"
          }
          data-testid="action-message"
        >
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
