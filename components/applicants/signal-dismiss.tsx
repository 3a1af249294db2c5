"use client";

import { useTranslations } from "next-intl";
import { NoteAction } from "@/components/forms/note-action";

/** Dismisses one risk signal for the applicant, with a reason the audit trail keeps. */
export function SignalDismiss({ applicantId, code }: { applicantId: string; code: string }) {
  const t = useTranslations("applicant.metrics.dismiss");
  return (
    <NoteAction
      url={`/api/applicants/${applicantId}/signals`}
      body={{ code }}
      field="reason"
      minLength={10}
      maxLength={500}
      words={{
        open: t("open"),
        label: t("reason"),
        hint: t("hint"),
        confirm: t("confirm"),
        cancel: t("cancel"),
      }}
      testId="signal-dismiss"
    />
  );
}
