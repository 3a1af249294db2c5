import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import {
  canEditFigureSettings,
  canEditOrganization,
  canEditReferenceValues,
  canManageJobs,
} from "@/lib/auth/permissions";
import { FailedJobsPanel } from "@/components/jobs/failed-jobs-panel";
import { DecisionRulesForm } from "@/components/settings/decision-rules-form";
import { FiguresForm } from "@/components/settings/figures-form";
import { FiguresSummary } from "@/components/settings/figures-summary";
import { MonitoringCard } from "@/components/settings/monitoring-card";
import { OrganizationForm } from "@/components/settings/organization-form";
import { PrivacySection } from "@/components/settings/privacy-section";
import { ReferenceValues } from "@/components/settings/reference-values";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { requirePageUser } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { dayInZone } from "@/lib/dates";
import { getOrganizationSettings, listReferenceYears } from "@/lib/settings/organization";
import { missingReferenceWarning } from "@/lib/settings/reference-warning";
import { timeZoneChoices } from "@/lib/settings/time-zones";
import {
  addPrivacyNoticeAction,
  addRestDayAction,
  saveArcoPeriodAction,
  saveDecisionRulesAction,
  saveFigureSettingsAction,
  saveMonitoringSettingsAction,
  saveOrganizationAction,
  saveReferenceYearAction,
  saveRetentionAction,
} from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings");
  return { title: t("title") };
}

export default async function SettingsPage() {
  const [user, t, roleName] = await Promise.all([
    requirePageUser(),
    getTranslations("settings"),
    getTranslations("common.roles"),
  ]);
  const [settings, oldestFirst] = await Promise.all([
    getOrganizationSettings(),
    listReferenceYears(),
  ]);
  const years = [...oldestFirst].reverse();
  const at = now();
  const warning = missingReferenceWarning(years, at, settings.timeZone);
  const nextYear = (years[0]?.year ?? Number(dayInZone(at, settings.timeZone).slice(0, 4)) - 1) + 1;
  const editsFigures = canEditFigureSettings(user.role);
  const editsReferences = canEditReferenceValues(user.role);
  const rows = [
    [t("account.name"), user.name],
    [t("account.email"), user.email],
    [t("account.role"), roleName(user.role)],
  ] as const;
  return (
    <>
      <PageHeader title={t("title")} />
      <Card className="max-w-xl" data-testid="account-card">
        <CardHeader>
          <CardTitle>{t("account.title")}</CardTitle>
        </CardHeader>
        <CardContent>
          <dl className="divide-y divide-slate-100 text-sm">
            {rows.map(([label, value]) => (
              <div key={label} className="grid grid-cols-3 gap-4 py-2">
                <dt className="text-slate-500">{label}</dt>
                <dd className="col-span-2 text-slate-900">{value}</dd>
              </div>
            ))}
          </dl>
        </CardContent>
      </Card>
      <Card className="mt-6 max-w-3xl" data-testid="organization-card">
        <CardHeader>
          <CardTitle>{t("organization.title")}</CardTitle>
          <p className="mt-1 text-sm text-slate-600">{t("organization.description")}</p>
        </CardHeader>
        <CardContent>
          {canEditOrganization(user.role) ? (
            <OrganizationForm
              organizationName={settings.organizationName}
              action={saveOrganizationAction}
            />
          ) : (
            <p className="text-sm text-slate-700" data-testid="organization-summary">
              {settings.organizationName
                ? t("organization.current", { name: settings.organizationName })
                : t("organization.notSet")}
            </p>
          )}
        </CardContent>
      </Card>
      <Card className="mt-6 max-w-3xl" data-testid="figures-card">
        <CardHeader>
          <CardTitle>{t("figures.title")}</CardTitle>
          <p className="mt-1 text-sm text-slate-600">{t("figures.description")}</p>
        </CardHeader>
        <CardContent>
          {editsFigures ? (
            <FiguresForm
              settings={settings}
              timeZones={timeZoneChoices(settings.timeZone)}
              action={saveFigureSettingsAction}
            />
          ) : (
            <FiguresSummary settings={settings} />
          )}
        </CardContent>
      </Card>
      <MonitoringCard
        settings={settings}
        editable={editsFigures}
        action={saveMonitoringSettingsAction}
      />
      <Card className="mt-6 max-w-3xl" data-testid="decision-rules-card">
        <CardHeader>
          <CardTitle>{t("decisionRules.title")}</CardTitle>
          <p className="mt-1 text-sm text-slate-600">{t("decisionRules.description")}</p>
        </CardHeader>
        <CardContent>
          {editsFigures ? (
            <DecisionRulesForm
              fourEyesApproval={settings.fourEyesApproval}
              action={saveDecisionRulesAction}
            />
          ) : (
            <p className="text-sm text-slate-700" data-testid="four-eyes-summary">
              {settings.fourEyesApproval
                ? t("decisionRules.fourEyesOn")
                : t("decisionRules.fourEyesOff")}
            </p>
          )}
        </CardContent>
      </Card>
      <Card className="mt-6 max-w-3xl" data-testid="reference-values-card">
        <CardHeader>
          <CardTitle>{t("reference.title")}</CardTitle>
          <p className="mt-1 text-sm text-slate-600">
            {t("reference.description")}
            {editsReferences ? "" : ` ${t("reference.adminsAdd")}`}
          </p>
        </CardHeader>
        <CardContent className="space-y-4">
          {warning ? (
            <p
              role="status"
              className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900"
              data-testid="reference-warning"
            >
              {t(`reference.warning.${warning.message}`, { year: String(warning.year) })}{" "}
              {editsReferences ? t("reference.warning.addBelow") : t("reference.warning.askAdmin")}
            </p>
          ) : null}
          <ReferenceValues
            years={years}
            nextYear={nextYear}
            action={editsReferences ? saveReferenceYearAction : undefined}
          />
        </CardContent>
      </Card>
      <PrivacySection
        role={user.role}
        actions={{
          addNotice: addPrivacyNoticeAction,
          saveArcoPeriod: saveArcoPeriodAction,
          addRestDay: addRestDayAction,
          saveRetention: saveRetentionAction,
        }}
      />
      {canManageJobs(user.role) ? <FailedJobsPanel user={user} /> : null}
    </>
  );
}
