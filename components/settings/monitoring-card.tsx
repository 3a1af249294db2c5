import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { OrganizationSettings } from "@/lib/settings/organization";
import { MonitoringForm } from "./monitoring-form";
import type { SettingsAction } from "./use-settings-form";

/** Settings → Monitoring: editable by team leads and admins, read by everyone else. */
export async function MonitoringCard({
  settings,
  editable,
  action,
}: {
  settings: OrganizationSettings;
  editable: boolean;
  action: SettingsAction;
}) {
  const t = await getTranslations("alerts");
  return (
    <Card className="mt-6 max-w-3xl" data-testid="monitoring-settings-card">
      <CardHeader>
        <CardTitle>{t("settings.title")}</CardTitle>
        <p className="mt-1 text-sm text-slate-600">{t("settings.description")}</p>
      </CardHeader>
      <CardContent>
        {editable ? (
          <MonitoringForm
            monitoringRefreshRate={settings.monitoringRefreshRate}
            salaryCutAlertPct={settings.salaryCutAlertPct}
            alertRecipients={settings.alertRecipients}
            concentrationApplicants={settings.concentrationApplicants}
            concentrationDays={settings.concentrationDays}
            action={action}
          />
        ) : (
          <dl className="space-y-1 text-sm text-slate-700" data-testid="monitoring-summary">
            <dt className="font-medium">{t("settings.salaryCutAlertPct")}</dt>
            <dd>{settings.salaryCutAlertPct}</dd>
            <dt className="font-medium">{t("settings.alertRecipients")}</dt>
            <dd>{t(`settings.recipients.${settings.alertRecipients}`)}</dd>
            <dt className="font-medium">{t("settings.concentration")}</dt>
            <dd data-testid="concentration-summary">
              {t("settings.concentrationSummary", {
                applicants: settings.concentrationApplicants,
                days: settings.concentrationDays,
              })}
            </dd>
            <dd className="pt-1 text-xs text-slate-500">{t("settings.readOnly")}</dd>
          </dl>
        )}
      </CardContent>
    </Card>
  );
}
