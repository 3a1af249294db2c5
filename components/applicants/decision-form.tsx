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
import { NoteField } from "./note-field";
import { PanelMessageText, useApiSend, type PanelMessage } from "./use-api-send";

export type RedFlag = { code: string; label: string; summary: string };
export type DecisionRulesView = {
  redFlags: readonly RedFlag[];
  highRiskScore: number | null;
  signOffRequired: boolean;
};

type Props = {
  applicantId: string;
  rules: DecisionRulesView;
  /** Set when this form amends the current decision: the reason is then required. */
  amending?: { onCancel: () => void };
  /** Called with the sentence to show once the decision is recorded (the form then goes away). */
  onRecorded: (text: string) => void;
};

const FIELD = "w-full rounded-md border border-slate-300 bg-white px-2";

/**
 * The decision form. Nothing is pre-selected. Approving lists every red flag to acknowledge, one
 * by one; against a red flag or a high-risk score the note is required, and the form says when a
 * team lead's sign-off will be needed. The server enforces the same rules.
 */
export function DecisionForm({ applicantId, rules, amending, onRecorded }: Props) {
  const t = useTranslations("applicant.decision");
  const errorText = useErrorText();
  const send = useApiSend();
  const router = useRouter();
  const id = useId();
  const [outcome, setOutcome] = useState<DecisionOutcome | null>(null);
  const [reason, setReason] = useState("");
  const [note, setNote] = useState("");
  const [amendReason, setAmendReason] = useState("");
  const [acknowledged, setAcknowledged] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<PanelMessage>(null);
  const approving = outcome === "APPROVE";
  const againstRisk = rules.redFlags.length > 0 || rules.highRiskScore !== null;
  const noteRequired = approving && againstRisk;
  const outcomeName = (value: DecisionOutcome) => t(`outcomes.${OUTCOME_KEYS[value]}`);
  const fail = (key: string) => setMessage({ tone: "error", text: errorText(key) });

  function toggle(code: string, checked: boolean) {
    setAcknowledged((list) => (checked ? [...list, code] : list.filter((c) => c !== code)));
  }

  async function decide(event: React.FormEvent) {
    event.preventDefault();
    if (!outcome) return fail("applicant.decision.chooseOutcome");
    if (!reason) return fail("applicant.validation.reasonRequired");
    if (approving && rules.redFlags.some((flag) => !acknowledged.includes(flag.code)))
      return fail("errors.decision.acknowledgeFlags");
    if (noteRequired && !note.trim()) return fail("errors.decision.noteRequired");
    if (amending && amendReason.trim().length < 10)
      return fail("applicant.validation.amendReasonShort");
    setBusy(true);
    setMessage(null);
    const error = await send(`/api/applicants/${applicantId}/decisions`, "POST", {
      outcome,
      reasonCode: reason,
      note,
      acknowledgedFlags: approving ? acknowledged : [],
      amendReason: amending ? amendReason : null,
    });
    setBusy(false);
    if (error) return setMessage({ tone: "error", text: error });
    const done =
      approving && rules.signOffRequired
        ? t("recordedAwaiting")
        : t(amending ? "recordedAmend" : "recorded", { outcome: outcomeName(outcome) });
    onRecorded(done);
    router.refresh();
  }

  return (
    <form onSubmit={decide} noValidate className="space-y-3" data-testid="decision-form">
      {amending ? <h3 className="font-medium text-slate-900">{t("amendTitle")}</h3> : null}
      <fieldset>
        <legend className="font-medium text-slate-900">{t("legend")}</legend>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
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
      {approving && rules.redFlags.length > 0 ? (
        <fieldset className="rounded-md bg-red-50 p-2 text-red-900" data-testid="acknowledge-flags">
          <legend className="sr-only">{t("redFlags")}</legend>
          <p className="mb-1 font-medium" aria-hidden>
            {t("redFlags")}
          </p>
          {rules.redFlags.map((flag) => (
            <label key={flag.code} className="flex items-start gap-2 py-0.5">
              <input
                type="checkbox"
                className="mt-0.5"
                checked={acknowledged.includes(flag.code)}
                onChange={(e) => toggle(flag.code, e.target.checked)}
                data-testid={`acknowledge-${flag.code}`}
              />
              <span>
                {t("acknowledge", { label: flag.label })}
                <span className="block text-xs text-red-800">{flag.summary}</span>
              </span>
            </label>
          ))}
        </fieldset>
      ) : null}
      {approving && rules.highRiskScore !== null ? (
        <p className="rounded-md bg-red-50 p-2 text-red-900">
          {t("highRisk", { score: rules.highRiskScore })}
        </p>
      ) : null}
      {outcome ? (
        <div className="space-y-1">
          <label htmlFor={`${id}-reason`} className="font-medium text-slate-900">
            {t("reason")}
          </label>
          <select
            id={`${id}-reason`}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            className={`h-9 ${FIELD}`}
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
      ) : null}
      <NoteField
        label={t("note")}
        hint={noteRequired ? t("noteRequired") : t("noteHint")}
        value={note}
        onChange={setNote}
        maxLength={2000}
        rows={3}
        required={noteRequired}
        testId="decision-note"
      />
      {amending ? (
        <NoteField
          label={t("amendReason")}
          description={t("amendHint")}
          value={amendReason}
          onChange={setAmendReason}
          maxLength={500}
          rows={2}
          required
          testId="amend-reason"
        />
      ) : null}
      {approving && rules.signOffRequired ? (
        <p className="text-amber-900" data-testid="sign-off-needed">
          {t("signOffNeeded")}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={busy} data-testid="decision-submit">
          {busy ? t("saving") : t("submit")}
        </Button>
        {amending ? (
          <Button variant="secondary" onClick={amending.onCancel} disabled={busy}>
            {t("cancelAmend")}
          </Button>
        ) : null}
      </div>
      <PanelMessageText message={message} />
    </form>
  );
}
