"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import {
  PanelMessageText,
  useApiSend,
  type PanelMessage,
} from "@/components/applicants/use-api-send";
import { Button } from "@/components/ui/button";
import type { ObjectionPurpose } from "@/lib/privacy/rights-input";

/** Withdraws one opposition, once confirmed: the use is allowed again. */
export function ObjectionWithdraw({
  applicantId,
  purpose,
}: {
  applicantId: string;
  purpose: ObjectionPurpose;
}) {
  const t = useTranslations("privacy.rights.objections");
  const send = useApiSend();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<PanelMessage>(null);

  async function withdraw() {
    if (!window.confirm(t("withdrawConfirm"))) return;
    setBusy(true);
    const url = `/api/applicants/${applicantId}/privacy/objections?purpose=${purpose}`;
    const error = await send(url, "DELETE", undefined);
    setBusy(false);
    if (error) return setMessage({ tone: "error", text: error });
    router.refresh();
  }

  return (
    <div className="mt-1">
      <Button
        size="sm"
        variant="ghost"
        disabled={busy}
        onClick={() => void withdraw()}
        data-testid="withdraw-objection"
      >
        {t("withdraw")}
      </Button>
      <PanelMessageText message={message} testId="withdraw-objection-message" />
    </div>
  );
}
