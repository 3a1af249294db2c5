"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useErrorText } from "@/components/forms/form-error";
import { Button } from "@/components/ui/button";
import { NoteField } from "./note-field";
import { PanelMessageText, useApiSend, type PanelMessage } from "./use-api-send";

type Props = {
  applicantId: string;
  decisionId: string;
  /** Called with the sentence to show once answered (the form then goes away). */
  onAnswered: (text: string) => void;
};

/** A team lead's second pair of eyes: sign the approval off, or return it with a note. */
export function SignOffForm({ applicantId, decisionId, onAnswered }: Props) {
  const t = useTranslations("applicant.decision");
  const errorText = useErrorText();
  const send = useApiSend();
  const router = useRouter();
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<PanelMessage>(null);

  async function answer(action: "sign" | "return") {
    if (action === "return" && !note.trim())
      return setMessage({
        tone: "error",
        text: errorText("applicant.validation.returnNoteRequired"),
      });
    setBusy(true);
    setMessage(null);
    const error = await send(
      `/api/applicants/${applicantId}/decisions/${decisionId}/sign-off`,
      "POST",
      { action, note },
    );
    setBusy(false);
    if (error) return setMessage({ tone: "error", text: error });
    onAnswered(t(action === "sign" ? "signedDone" : "returnedDone"));
    router.refresh();
  }

  return (
    <section className="space-y-2 rounded-md border border-amber-300 p-3" data-testid="sign-off">
      <h3 className="font-medium text-slate-900">{t("signOffTitle")}</h3>
      <NoteField
        label={t("signOffNote")}
        hint={t("signOffNoteHint")}
        value={note}
        onChange={setNote}
        maxLength={2000}
        rows={2}
        testId="sign-off-note"
      />
      <div className="flex flex-wrap gap-2">
        <Button disabled={busy} onClick={() => void answer("sign")} data-testid="sign-off-sign">
          {t("sign")}
        </Button>
        <Button
          variant="secondary"
          disabled={busy}
          onClick={() => void answer("return")}
          data-testid="sign-off-return"
        >
          {t("return")}
        </Button>
      </div>
      <PanelMessageText message={message} />
    </section>
  );
}
