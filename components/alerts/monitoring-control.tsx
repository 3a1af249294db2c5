"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { PrivacyNoticeDetails } from "@/components/consent/privacy-notice-details";
import {
  PanelMessageText,
  useApiSend,
  type PanelMessage,
} from "@/components/applicants/use-api-send";
import { Button } from "@/components/ui/button";
import type { NoticeForReader } from "@/lib/privacy/notices";

type Props = {
  applicantId: string;
  monitored: boolean;
  linkValid: boolean;
  /** The privacy notice in effect, in the reader's language: the consent names its version. */
  notice: NoticeForReader;
};

/** Turns monitoring on (the applicant's consent confirmed first) or off. */
export function MonitoringControl({ applicantId, monitored, linkValid, notice }: Props) {
  const t = useTranslations("alerts.monitoring");
  const send = useApiSend();
  const router = useRouter();
  const [consent, setConsent] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<PanelMessage>(null);

  async function change(enabled: boolean) {
    setBusy(true);
    setMessage(null);
    const body = enabled
      ? { enabled, consent: { accepted: consent, privacyNoticeVersion: notice.version } }
      : { enabled };
    const error = await send(`/api/applicants/${applicantId}/monitoring`, "PUT", body);
    setBusy(false);
    if (error) return setMessage({ tone: "error", text: error });
    setConsent(false);
    setMessage({ tone: "ok", text: t(enabled ? "started" : "stopped") });
    router.refresh();
  }

  if (monitored)
    return (
      <div className="space-y-2">
        <Button
          variant="secondary"
          size="sm"
          disabled={busy}
          onClick={() => void change(false)}
          data-testid="monitoring-stop"
        >
          {t("stop")}
        </Button>
        <PanelMessageText message={message} testId="monitoring-message" />
      </div>
    );
  if (!linkValid) return <p className="text-sm text-amber-900">{t("needsLink")}</p>;
  return (
    <form
      className="space-y-2"
      onSubmit={(event) => {
        event.preventDefault();
        void change(true);
      }}
    >
      <PrivacyNoticeDetails notice={notice} />
      <label className="flex items-start gap-2 text-sm text-slate-800">
        <input
          type="checkbox"
          checked={consent}
          onChange={(event) => setConsent(event.target.checked)}
          className="mt-0.5 h-4 w-4"
          data-testid="monitoring-consent"
        />
        <span>{t("consent", { version: notice.version })}</span>
      </label>
      <Button type="submit" size="sm" disabled={busy} data-testid="monitoring-start">
        {t("start")}
      </Button>
      <PanelMessageText message={message} testId="monitoring-message" />
    </form>
  );
}
