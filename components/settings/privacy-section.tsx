import { getLocale, getTranslations } from "next-intl/server";
import { Card, CardHeader, CardTitle } from "@/components/ui/card";
import {
  canEditFigureSettings,
  canEditPrivacyNotices,
  canEditRestDays,
  canEditRetentionSchedule,
} from "@/lib/auth/permissions";
import type { Role } from "@/lib/auth/roles";
import { today } from "@/lib/clock";
import { listNotices } from "@/lib/privacy/notices";
import { listUpcomingRestDays } from "@/lib/privacy/rest-days";
import { getOrganizationSettings } from "@/lib/settings/organization";
import { ArcoPeriodForm } from "./arco-period-form";
import { PrivacyNoticesCard } from "./privacy-notices-card";
import { RestDaysCard } from "./rest-days-card";
import { RetentionScheduleCard } from "./retention-schedule-card";
import { SettingsPanel } from "./settings-panel";
import type { SettingsAction } from "./use-settings-form";

export type PrivacyActions = {
  addNotice: SettingsAction;
  saveArcoPeriod: SettingsAction;
  addRestDay: SettingsAction;
  saveRetention: SettingsAction;
};

/**
 * Settings → Privacy: the notice's versions, the ARCO answer period, the rest days and the
 * retention schedule. Everyone reads them; each form appears for the roles that may change it.
 */
export async function PrivacySection({ role, actions }: { role: Role; actions: PrivacyActions }) {
  const [t, locale, settings, notices, restDays] = await Promise.all([
    getTranslations("privacy.settings"),
    getLocale(),
    getOrganizationSettings(),
    listNotices(),
    listUpcomingRestDays(),
  ]);
  const day = today(settings.timeZone);
  return (
    <Card className="mt-6 max-w-3xl" data-testid="privacy-settings-card">
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <p className="mt-1 text-sm text-slate-600">{t("description")}</p>
      </CardHeader>
      <div className="divide-y divide-slate-100">
        <PrivacyNoticesCard
          notices={notices}
          locale={locale}
          today={day}
          action={canEditPrivacyNotices(role) ? actions.addNotice : undefined}
        />
        <SettingsPanel id="arco-period" title={t("arcoPeriod.title")}>
          {canEditFigureSettings(role) ? (
            <ArcoPeriodForm
              arcoResponseDays={settings.arcoResponseDays}
              action={actions.saveArcoPeriod}
            />
          ) : (
            <p className="text-sm text-slate-700" data-testid="arco-period-summary">
              {t("arcoPeriod.current", { days: settings.arcoResponseDays })}{" "}
              <span className="text-xs text-slate-500">{t("arcoPeriod.readOnly")}</span>
            </p>
          )}
        </SettingsPanel>
        <RestDaysCard
          restDays={restDays}
          today={day}
          action={canEditRestDays(role) ? actions.addRestDay : undefined}
        />
        <RetentionScheduleCard
          settings={settings}
          action={canEditRetentionSchedule(role) ? actions.saveRetention : undefined}
        />
      </div>
    </Card>
  );
}
