"use client";

import { useTranslations } from "next-intl";
import { NoteAction } from "@/components/forms/note-action";

/** Records the answer sent for one open ARCO request. */
export function ArcoAnswer({ requestId }: { requestId: string }) {
  const t = useTranslations("privacy.answer");
  return (
    <NoteAction
      url={`/api/privacy/requests/${requestId}/answer`}
      field="response"
      minLength={10}
      maxLength={2000}
      words={{
        open: t("open"),
        label: t("response"),
        hint: t("hint"),
        confirm: t("confirm"),
        cancel: t("cancel"),
      }}
      testId="arco-answer"
      variant="secondary"
    />
  );
}
