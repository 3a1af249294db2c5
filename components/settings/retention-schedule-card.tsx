import { getTranslations } from "next-intl/server";
import type { OrganizationSettings } from "@/lib/settings/organization";
import { RetentionForm } from "./retention-form";
import { SettingsPanel } from "./settings-panel";
import type { SettingsAction } from "./use-settings-form";

/**
 * Settings → Privacy: how long applicants are kept and blocked data waits (admins set it), under a
 * note everyone reads: the values are the lender's counsel's call, not Cotiza's.
 */
export async function RetentionScheduleCard({
  settings,
  action,
}: {
  settings: Pick<OrganizationSettings, "retentionMonths" | "blockingDays">;
  /** Given to admins only. */
  action?: SettingsAction;
}) {
  const t = await getTranslations("privacy.settings.retention");
  return (
    <SettingsPanel id="retention-schedule" title={t("title")}>
      <p
        role="note"
        className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900"
        data-testid="retention-legal-note"
      >
        {t("legalNote")}
      </p>
      {action ? (
        <RetentionForm
          retentionMonths={settings.retentionMonths}
          blockingDays={settings.blockingDays}
          action={action}
        />
      ) : (
        <div className="space-y-1 text-sm text-slate-700" data-testid="retention-summary">
          <p>
            {settings.retentionMonths === null
              ? t("none")
              : t("months", { months: settings.retentionMonths })}
          </p>
          <p>{t("blocking", { days: settings.blockingDays })}</p>
          <p className="text-xs text-slate-500">{t("readOnly")}</p>
        </div>
      )}
    </SettingsPanel>
  );
}
