import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { ApplicantDetail } from "@/lib/applicant/detail";
import { REFRESH_RATES, type RefreshRate } from "@/lib/alerts/rules";
import { getFormat } from "@/lib/i18n/server";
import { currentNotice, noticeFor } from "@/lib/privacy/notices";
import { alertSentence, SEVERITY_TONE } from "./alert-text";
import { MonitoringControl } from "./monitoring-control";

const isRate = (rate: string | null | undefined): rate is RefreshRate =>
  REFRESH_RATES.some((known) => known === rate);

/**
 * The applicant page's monitoring card: on or off, the consent behind it, the open alerts. An
 * applicant who opposed monitoring gets why instead of the switch.
 */
export async function MonitoringCard({
  applicant,
  contractedRate,
  salaryCutAlertPct,
  opposedAt = null,
}: {
  applicant: ApplicantDetail;
  contractedRate: string;
  salaryCutAlertPct: number;
  /** When the applicant's opposition to monitoring was recorded; null without one. */
  opposedAt?: string | null;
}) {
  const [t, tAlerts, f, locale, notice] = await Promise.all([
    getTranslations("alerts.monitoring"),
    getTranslations("alerts"),
    getFormat(),
    getLocale(),
    currentNotice(),
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
        {opposedAt ? (
          <p className="text-sm text-amber-900" data-testid="monitoring-opposed">
            {t("opposed", { when: f.dateTime(opposedAt) })}
          </p>
        ) : (
          <MonitoringControl
            applicantId={applicant.id}
            monitored={monitored}
            linkValid={applicant.link?.status === "VALID"}
            notice={noticeFor(notice, locale)}
          />
        )}
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
