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

/**
 * Blocks the applicant of a cancellation request, after the team lead confirms: from then on no
 * screen, export or report shows them, and they are deleted when the blocking period ends.
 */
export function CancellationBlock({
  requestId,
  blockingDays,
}: {
  requestId: string;
  blockingDays: number;
}) {
  const t = useTranslations("privacy.blocking");
  const send = useApiSend();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<PanelMessage>(null);
  return (
    <div className="mt-1">
      <Button
        size="sm"
        variant="secondary"
        className="whitespace-nowrap"
        disabled={busy}
        data-testid="arco-block"
        onClick={async () => {
          if (!window.confirm(t("confirm", { days: blockingDays }))) return;
          setBusy(true);
          const error = await send(`/api/privacy/requests/${requestId}/block`, "POST", {});
          setBusy(false);
          if (error) return setMessage({ tone: "error", text: error });
          router.refresh();
        }}
      >
        {busy ? t("blocking") : t("block")}
      </Button>
      <PanelMessageText message={message} testId="arco-block-message" />
    </div>
  );
}
