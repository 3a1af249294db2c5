"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { PanelMessageText, useApiSend, type PanelMessage } from "./use-api-send";
import { Button } from "@/components/ui/button";

/** Dismisses one risk signal for the applicant, with a reason the audit trail keeps. */
export function SignalDismiss({ applicantId, code }: { applicantId: string; code: string }) {
  const t = useTranslations("applicant.metrics.dismiss");
  const send = useApiSend();
  const router = useRouter();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<PanelMessage>(null);

  if (!open)
    return (
      <Button
        size="sm"
        variant="ghost"
        className="mt-1"
        onClick={() => setOpen(true)}
        data-testid="signal-dismiss"
      >
        {t("open")}
      </Button>
    );
  return (
    <form
      className="mt-2 space-y-2"
      onSubmit={async (event) => {
        event.preventDefault();
        setBusy(true);
        const error = await send(`/api/applicants/${applicantId}/signals`, "POST", {
          code,
          reason,
        });
        setBusy(false);
        if (error) return setMessage({ tone: "error", text: error });
        setOpen(false);
        router.refresh();
      }}
    >
      <label htmlFor={`${id}-reason`} className="block text-xs font-medium text-slate-700">
        {t("reason")}
      </label>
      <textarea
        id={`${id}-reason`}
        value={reason}
        required
        minLength={10}
        maxLength={500}
        rows={2}
        autoFocus
        onChange={(event) => setReason(event.target.value)}
        aria-describedby={`${id}-hint`}
        className="w-full rounded-md border border-slate-300 px-2 py-1 text-sm"
        data-testid="signal-dismiss-reason"
      />
      <p id={`${id}-hint`} className="text-xs text-slate-500">
        {t("hint")}
      </p>
      <div className="flex gap-2">
        <Button size="sm" type="submit" disabled={busy} data-testid="signal-dismiss-confirm">
          {t("confirm")}
        </Button>
        <Button size="sm" variant="ghost" type="button" onClick={() => setOpen(false)}>
          {t("cancel")}
        </Button>
      </div>
      <PanelMessageText message={message} testId="signal-dismiss-message" />
    </form>
  );
}
