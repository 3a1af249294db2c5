"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import {
  PanelMessageText,
  useApiSend,
  type PanelMessage,
} from "@/components/applicants/use-api-send";
import { Button } from "@/components/ui/button";

type Action = "acknowledge" | "resolve";

/** Acknowledge or resolve one alert, with a note (required for a high-severity one). */
export function AlertActions({
  alertId,
  status,
  noteRequired,
}: {
  alertId: string;
  status: "OPEN" | "ACKNOWLEDGED" | "RESOLVED";
  noteRequired: boolean;
}) {
  const t = useTranslations("alerts");
  const send = useApiSend();
  const router = useRouter();
  const id = useId();
  const [action, setAction] = useState<Action | null>(null);
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<PanelMessage>(null);
  if (status === "RESOLVED") return <PanelMessageText message={message} testId="alert-message" />;

  async function confirm(chosen: Action) {
    setBusy(true);
    setMessage(null);
    const error = await send(`/api/alerts/${alertId}`, "POST", { action: chosen, note });
    setBusy(false);
    if (error) return setMessage({ tone: "error", text: error });
    setAction(null);
    setNote("");
    setMessage({ tone: "ok", text: t(chosen === "acknowledge" ? "acknowledged" : "resolved") });
    router.refresh();
  }

  if (!action)
    return (
      <div className="flex flex-wrap gap-2">
        {status === "OPEN" ? (
          <Button
            size="sm"
            variant="secondary"
            onClick={() => setAction("acknowledge")}
            data-testid="alert-acknowledge"
          >
            {t("acknowledge")}
          </Button>
        ) : null}
        <Button
          size="sm"
          variant="secondary"
          onClick={() => setAction("resolve")}
          data-testid="alert-resolve"
        >
          {t("resolve")}
        </Button>
        <PanelMessageText message={message} testId="alert-message" />
      </div>
    );
  return (
    <form
      className="space-y-2"
      onSubmit={(event) => {
        event.preventDefault();
        void confirm(action);
      }}
    >
      <label htmlFor={`${id}-note`} className="block text-xs font-medium text-slate-700">
        {t("note")}
      </label>
      <textarea
        id={`${id}-note`}
        value={note}
        required={noteRequired}
        maxLength={1000}
        rows={2}
        autoFocus
        onChange={(event) => setNote(event.target.value)}
        aria-describedby={`${id}-hint`}
        className="w-full min-w-48 rounded-md border border-slate-300 px-2 py-1 text-sm"
        data-testid="alert-note"
      />
      <p id={`${id}-hint`} className="text-xs text-slate-500">
        {t(noteRequired ? "noteHintHigh" : "noteHint")}
      </p>
      <div className="flex gap-2">
        <Button size="sm" type="submit" disabled={busy} data-testid="alert-confirm">
          {t("confirm")}
        </Button>
        <Button size="sm" variant="ghost" type="button" onClick={() => setAction(null)}>
          {t("cancel")}
        </Button>
      </div>
      <PanelMessageText message={message} testId="alert-message" />
    </form>
  );
}
