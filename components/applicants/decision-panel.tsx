"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import {
  DECISION_OUTCOMES,
  OUTCOME_LABELS,
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

/** Sends one change; null when it worked, else the message with any field errors after it. */
async function send(url: string, method: string, body: unknown): Promise<string | null> {
  const result = await apiFetch(url, { method, body, fallback: "That did not work." });
  if (result.ok) return null;
  return [result.message, Object.values(result.fields).join(" ")].filter(Boolean).join(" ");
}

/** Assignment and the decision form; the note is stored apart from the reason code. */
export function DecisionPanel(props: Props) {
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

  async function assign(userId: string | null) {
    setBusy(true);
    setMessage(null);
    const error = await send(`/api/applicants/${props.applicantId}/assignment`, "PUT", { userId });
    setBusy(false);
    if (error) return setMessage({ tone: "error", text: error });
    setAssignee(userId ?? "");
    setMessage({ tone: "ok", text: userId ? "Assignment saved." : "Applicant unassigned." });
    router.refresh();
  }

  async function decide(event: React.FormEvent) {
    event.preventDefault();
    if (!reason) return setMessage({ tone: "error", text: "Choose a reason." });
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
    setMessage({ tone: "ok", text: `Decision recorded: ${OUTCOME_LABELS[outcome]}.` });
    router.refresh();
  }

  return (
    <div className="space-y-5 text-sm">
      <div className="space-y-1">
        <label htmlFor={`${id}-assignee`} className="font-medium text-slate-900">
          Assigned underwriter
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
            <option value="">Unassigned</option>
            {choices.map((user) => (
              <option key={user.id} value={user.id}>
                {user.name}
                {user.id === props.currentUserId ? " (you)" : ""}
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
              Assign to me
            </Button>
          ) : null}
        </div>
      </div>
      <form onSubmit={decide} className="space-y-3" data-testid="decision-form">
        <fieldset>
          <legend className="font-medium text-slate-900">Decision</legend>
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
                {OUTCOME_LABELS[value]}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="space-y-1">
          <label htmlFor={`${id}-reason`} className="font-medium text-slate-900">
            Reason
          </label>
          <select
            id={`${id}-reason`}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            className="h-9 w-full rounded-md border border-slate-300 bg-white px-2"
            data-testid="decision-reason"
            required
          >
            <option value="">Choose a reason…</option>
            {reasonsFor(outcome).map((option) => (
              <option key={option.code} value={option.code}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor={`${id}-note`} className="font-medium text-slate-900">
            Note{" "}
            <span className="font-normal text-slate-600">
              (optional, kept apart from the reason)
            </span>
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
          {busy ? "Saving…" : "Record decision"}
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
