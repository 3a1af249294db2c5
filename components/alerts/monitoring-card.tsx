import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { ApplicantDetail } from "@/lib/applicant/detail";
import { PRIVACY_NOTICE_VERSION } from "@/lib/connect/new-applicant";
import { REFRESH_RATES, type RefreshRate } from "@/lib/alerts/rules";
import { getFormat } from "@/lib/i18n/server";
import { alertSentence, SEVERITY_TONE } from "./alert-text";
import { MonitoringControl } from "./monitoring-control";

const isRate = (rate: string | null | undefined): rate is RefreshRate =>
  REFRESH_RATES.some((known) => known === rate);

/** The applicant page's monitoring card: on or off, the consent behind it, the open alerts. */
export async function MonitoringCard({
  applicant,
  contractedRate,
  salaryCutAlertPct,
}: {
  applicant: ApplicantDetail;
  contractedRate: string;
  salaryCutAlertPct: number;
}) {
  const [t, tAlerts, f] = await Promise.all([
    getTranslations("alerts.monitoring"),
    getTranslations("alerts"),
    getFormat(),
  ]);
  const monitored = applicant.link?.accessMode === "RECURRENT";
  const rate = applicant.link?.refreshRate ?? contractedRate;
  const consent = applicant.consents.find((item) => item.purpose === "MONITORING");
  return (
    <Card data-testid="monitoring-card">
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          {t("title")}
          <Badge tone={monitored ? "success" : "neutral"} data-testid="monitoring-state">
            {t(monitored ? "on" : "off")}
          </Badge>
        </CardTitle>
      </CardHeader>
      <CardContent className="space-y-3 text-sm text-slate-700">
        <p>
          {monitored
            ? t("onBody", { rate: isRate(rate) ? t(`rates.${rate}`) : rate })
            : t("offBody", { pct: salaryCutAlertPct })}
        </p>
        {monitored && consent ? (
          <p className="text-xs text-slate-500" data-testid="monitoring-consent-recorded">
            {t("consentRecorded", {
              when: f.dateTime(consent.acceptedAt),
              name: consent.capturedBy ?? t("formerUser"),
            })}
          </p>
        ) : null}
        <MonitoringControl
          applicantId={applicant.id}
          monitored={monitored}
          linkValid={applicant.link?.status === "VALID"}
          privacyNoticeVersion={PRIVACY_NOTICE_VERSION}
        />
        {monitored || applicant.openAlerts.length > 0 ? (
          <div className="border-t border-slate-100 pt-3" data-testid="applicant-alerts">
            <p className="font-medium text-slate-900">
              {t("openAlerts", { count: applicant.unresolvedAlertCount })}
            </p>
            <ul className="mt-2 space-y-2">
              {applicant.openAlerts.map((alert) => (
                <li key={alert.id} data-testid="applicant-alert" data-kind={alert.kind}>
                  <span className="flex flex-wrap items-center gap-2 font-medium text-slate-900">
                    {tAlerts(`kinds.${alert.kind}`)}
                    <Badge tone={SEVERITY_TONE[alert.severity]}>
                      {tAlerts(`severities.${alert.severity}`)}
                    </Badge>
                  </span>
                  <span className="text-slate-700">
                    {alertSentence(tAlerts, f, alert.kind, alert.details)}
                  </span>
                </li>
              ))}
            </ul>
            <Link
              href={`/alerts?applicant=${applicant.id}&status=ALL`}
              className="mt-2 inline-block text-brand-700 hover:underline"
            >
              {t("seeAll")}
            </Link>
          </div>
        ) : null}
      </CardContent>
    </Card>
  );
}
