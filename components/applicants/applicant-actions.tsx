"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useTimeZone } from "@/components/shell/time-zone";
import { LinkButton } from "@/components/ui/link-button";
import { formatDateTime } from "@/lib/format";
import { apiFetch, type ApiResult } from "@/lib/http/browser/api-fetch";

type Props = { applicantId: string; canDelete: boolean; refreshBlockedUntil: string | null };

// Past the daily IMSS limit the error carries `availableAt`: say when a refresh is possible again.
async function call<T>(url: string, method: string, timeZone: string): Promise<ApiResult<T>> {
  const result = await apiFetch<T>(url, { method, fallback: "That did not work." });
  if (result.ok) return result;
  const { availableAt } = result.details;
  const when =
    typeof availableAt === "string"
      ? ` Possible again on ${formatDateTime(availableAt, { timeZone })}.`
      : "";
  return { ...result, message: `${result.message}${when}` };
}

/** Refresh (one IMSS query) and delete, with clear feedback. */
export function ApplicantActions({ applicantId, canDelete, refreshBlockedUntil }: Props) {
  const router = useRouter();
  const timeZone = useTimeZone();
  const [busy, setBusy] = useState<"refresh" | "delete" | null>(null);
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);

  async function refresh() {
    setBusy("refresh");
    setMessage(null);
    const result = await call<{ changes?: number }>(
      `/api/applicants/${applicantId}/refresh`,
      "POST",
      timeZone,
    );
    setBusy(null);
    if (!result.ok) return setMessage({ tone: "error", text: result.message });
    const changes = Number(result.data.changes ?? 0);
    setMessage({
      tone: "ok",
      text: changes
        ? `New records stored: ${changes} change(s) since the last pull.`
        : "New records stored: nothing changed since the last pull.",
    });
    router.refresh();
  }

  async function remove() {
    if (
      !window.confirm(
        "Delete this applicant? Their Belvo link and every piece of their personal data in Cotiza will be deleted. This cannot be undone.",
      )
    )
      return;
    setBusy("delete");
    const result = await call(`/api/applicants/${applicantId}`, "DELETE", timeZone);
    setBusy(null);
    if (!result.ok) return setMessage({ tone: "error", text: result.message });
    router.push("/applicants");
    router.refresh();
  }

  return (
    <div className="flex flex-col items-end gap-2">
      <div className="flex gap-2">
        <LinkButton
          href={`/exports?kind=jobs&applicant=${applicantId}`}
          variant="ghost"
          data-testid="export-applicant"
        >
          Export
        </LinkButton>
        <Button
          variant="secondary"
          onClick={refresh}
          disabled={busy !== null || refreshBlockedUntil !== null}
          data-testid="refresh-applicant"
          title={refreshBlockedUntil ? "The daily IMSS query limit is reached" : undefined}
        >
          {busy === "refresh" ? "Refreshing…" : "Refresh records"}
        </Button>
        {canDelete ? (
          <Button
            variant="secondary"
            onClick={remove}
            disabled={busy !== null}
            data-testid="delete-applicant"
            className="text-red-700"
          >
            {busy === "delete" ? "Deleting…" : "Delete"}
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
