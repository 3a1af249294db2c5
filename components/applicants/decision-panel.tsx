"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useErrorText } from "@/components/forms/form-error";
import { Button } from "@/components/ui/button";
import {
  DECISION_OUTCOMES,
  OUTCOME_KEYS,
  reasonsFor,
  type DecisionOutcome,
} from "@/lib/applicant/decision-reasons";
import { apiFetch } from "@/lib/http/browser/api-fetch";

type User = { id: string; name: string };
type Props = {
  applicantId: string;
  assignedToId: string | null;
  currentUserId: string;
  canAssignOthers: boolean;
  users: readonly User[];
};
type Message = { tone: "ok" | "error"; text: string } | null;

/** Assignment and the decision form; the note is stored apart from the reason code. */
export function DecisionPanel(props: Props) {
  const t = useTranslations("applicant.decision");
  const errorText = useErrorText();
  const router = useRouter();
  const id = useId();
  const [assignee, setAssignee] = useState(props.assignedToId ?? "");
  const [outcome, setOutcome] = useState<DecisionOutcome>("REFER");
  const [reason, setReason] = useState("");
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const choices = props.canAssignOthers
    ? props.users
    : props.users.filter(
        (user) => user.id === props.currentUserId || user.id === props.assignedToId,
      );
  const outcomeName = (value: DecisionOutcome) => t(`outcomes.${OUTCOME_KEYS[value]}`);

  /** Sends one change; null when it worked, else the message with any field errors after it. */
  async function send(url: string, method: string, body: unknown): Promise<string | null> {
    const result = await apiFetch(url, { method, body, fallback: t("failed") });
    if (result.ok) return null;
    const text = [
      errorText(result.message, result.params),
      ...Object.values(result.fields).map((key) => errorText(key)),
    ];
    return text.filter(Boolean).join(" ");
  }

  async function assign(userId: string | null) {
    setBusy(true);
    setMessage(null);
    const error = await send(`/api/applicants/${props.applicantId}/assignment`, "PUT", { userId });
    setBusy(false);
    if (error) return setMessage({ tone: "error", text: error });
    setAssignee(userId ?? "");
    setMessage({ tone: "ok", text: userId ? t("assignmentSaved") : t("unassignedDone") });
    router.refresh();
  }

  async function decide(event: React.FormEvent) {
    event.preventDefault();
    if (!reason)
      return setMessage({ tone: "error", text: errorText("applicant.validation.reasonRequired") });
    setBusy(true);
    setMessage(null);
    const error = await send(`/api/applicants/${props.applicantId}/decisions`, "POST", {
      outcome,
      reasonCode: reason,
      note,
    });
    setBusy(false);
    if (error) return setMessage({ tone: "error", text: error });
    setNote("");
    setReason("");
    setMessage({ tone: "ok", text: t("recorded", { outcome: outcomeName(outcome) }) });
    router.refresh();
  }

  return (
    <div className="space-y-5 text-sm">
      <div className="space-y-1">
        <label htmlFor={`${id}-assignee`} className="font-medium text-slate-900">
          {t("assignee")}
        </label>
        <div className="flex flex-wrap gap-2">
          <select
            id={`${id}-assignee`}
            value={assignee}
            disabled={busy}
            onChange={(e) => void assign(e.target.value || null)}
            className="h-9 min-w-48 rounded-md border border-slate-300 bg-white px-2"
            data-testid="assignee"
          >
            <option value="">{t("unassigned")}</option>
            {choices.map((user) => (
              <option key={user.id} value={user.id}>
                {user.id === props.currentUserId ? t("you", { name: user.name }) : user.name}
              </option>
            ))}
          </select>
          {assignee !== props.currentUserId ? (
            <Button
              variant="secondary"
              size="sm"
              disabled={busy}
              onClick={() => void assign(props.currentUserId)}
              data-testid="assign-to-me"
            >
              {t("assignToMe")}
            </Button>
          ) : null}
        </div>
      </div>
      <form onSubmit={decide} className="space-y-3" data-testid="decision-form">
        <fieldset>
          <legend className="font-medium text-slate-900">{t("legend")}</legend>
          <div className="mt-1 flex gap-4">
            {DECISION_OUTCOMES.map((value) => (
              <label key={value} className="inline-flex items-center gap-1.5">
                <input
                  type="radio"
                  name={`${id}-outcome`}
                  value={value}
                  checked={outcome === value}
                  onChange={() => {
                    setOutcome(value);
                    setReason("");
                  }}
                  data-testid={`outcome-${value.toLowerCase()}`}
                />
                {outcomeName(value)}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="space-y-1">
          <label htmlFor={`${id}-reason`} className="font-medium text-slate-900">
            {t("reason")}
          </label>
          <select
            id={`${id}-reason`}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            className="h-9 w-full rounded-md border border-slate-300 bg-white px-2"
            data-testid="decision-reason"
            required
          >
            <option value="">{t("chooseReason")}</option>
            {reasonsFor(outcome).map((option) => (
              <option key={option.code} value={option.code}>
                {t(`reasons.${option.key}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor={`${id}-note`} className="font-medium text-slate-900">
            {t("note")} <span className="font-normal text-slate-600">{t("noteHint")}</span>
          </label>
          <textarea
            id={`${id}-note`}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            maxLength={2000}
            rows={3}
            className="w-full rounded-md border border-slate-300 px-2 py-1"
            data-testid="decision-note"
          />
        </div>
        <Button type="submit" disabled={busy} data-testid="decision-submit">
          {busy ? t("saving") : t("submit")}
        </Button>
      </form>
      {message ? (
        <p
          role={message.tone === "error" ? "alert" : "status"}
          className={message.tone === "error" ? "text-red-700" : "text-emerald-700"}
          data-testid="decision-message"
        >
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
