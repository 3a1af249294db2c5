import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { metricRows, type MetricsCardTranslate } from "@/lib/applicant/metric-rows";
import type { PresentedMetrics } from "@/lib/applicant/page";
import { getFormat } from "@/lib/i18n/server";
import { SEVERITY_TONE } from "@/lib/queue/flags";
import { SignalDismiss } from "./signal-dismiss";

/** The computed metrics (lib/metrics) and every flag with its one-line explanation. */
export async function MetricsCard({
  applicantId,
  metrics,
  flagWindowMonths,
}: {
  applicantId: string;
  metrics: PresentedMetrics;
  flagWindowMonths: number;
}) {
  const [t, tm, f] = await Promise.all([
    getTranslations("applicant.metrics"),
    getTranslations("metrics"),
    getFormat(),
  ]);
  const rows = metricRows(metrics, t as unknown as MetricsCardTranslate, f);
  return (
    <Card data-testid="metrics">
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-6 text-sm lg:grid-cols-2">
        <dl className="space-y-2">
          {rows.map(({ key, label, value, hint }) => (
            <div
              key={key}
              className="grid grid-cols-[1fr_auto] gap-x-4 border-b border-slate-100 pb-1"
            >
              <dt className="text-slate-600">{label}</dt>
              <dd className="text-right font-medium text-slate-900">{value}</dd>
              {hint ? <dd className="col-span-2 mt-0.5 text-xs text-slate-500">{hint}</dd> : null}
            </div>
          ))}
        </dl>
        <div>
          <h3 className="mb-2 text-xs font-semibold tracking-wide text-slate-600 uppercase">
            {t("flags")}
          </h3>
          {metrics.flags.length === 0 ? (
            <p className="text-slate-600" data-testid="no-flags">
              {t("noFlags")}
            </p>
          ) : (
            <ul className="space-y-2" data-testid="flags">
              {metrics.flags.map((flag) => (
                <li
                  key={flag.code}
                  data-testid={`flag-${flag.code}`}
                  data-dismissed={flag.dismissal ? "true" : undefined}
                >
                  <Badge
                    tone={flag.dismissal ? "neutral" : SEVERITY_TONE[flag.severity]}
                    title={flag.summary}
                  >
                    {tm(`flags.${flag.code}.label`)}
                  </Badge>
                  <p className={flag.dismissal ? "mt-0.5 text-slate-500" : "mt-0.5 text-slate-700"}>
                    {flag.explanation}
                  </p>
                  {flag.dismissal ? (
                    <p className="mt-0.5 text-xs text-slate-600" data-testid="signal-dismissal">
                      {t("dismiss.dismissed", {
                        who: flag.dismissal.dismissedBy ?? t("dismiss.someone"),
                        when: f.dateTime(flag.dismissal.dismissedAt),
                        reason: flag.dismissal.reason,
                      })}
                    </p>
                  ) : flag.dismissible ? (
                    <SignalDismiss applicantId={applicantId} code={flag.code} />
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          <p className="mt-3 text-xs text-slate-500">
            {t("footnote", { months: flagWindowMonths })}
          </p>
        </div>
      </CardContent>
    </Card>
  );
}
