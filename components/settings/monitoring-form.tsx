"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { FormError } from "@/components/forms/form-error";
import { Button } from "@/components/ui/button";
import { ALERT_RECIPIENTS, REFRESH_RATES, type AlertRecipients } from "@/lib/alerts/rules";
import { MONITORING_FIELDS, monitoringSettingsSchema } from "@/lib/settings/input";
import { SuccessMessage } from "./success-message";
import { useSettingsForm, type SettingsAction } from "./use-settings-form";

type Props = {
  monitoringRefreshRate: string;
  salaryCutAlertPct: number;
  alertRecipients: AlertRecipients;
  action: SettingsAction;
};

const CONTROL = "h-9 w-full rounded-md border border-slate-300 bg-white px-2 text-sm";

/** Team leads and admins: the contracted refresh rate, the salary-cut threshold, who hears. */
export function MonitoringForm({ action, ...values }: Props) {
  const t = useTranslations("alerts");
  const saving = useTranslations("common.actions")("saving");
  const id = useId();
  const { errors, failure, success, pending, onSubmit } = useSettingsForm({
    schema: monitoringSettingsSchema,
    fields: MONITORING_FIELDS,
    action,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="monitoring-form">
      <FormError message={failure?.message ?? null} params={failure?.params} />
      <div className="space-y-1">
        <label htmlFor={`${id}-rate`} className="text-sm font-medium text-slate-900">
          {t("settings.refreshRate")}
        </label>
        <select
          id={`${id}-rate`}
          name="monitoringRefreshRate"
          defaultValue={values.monitoringRefreshRate}
          className={CONTROL}
        >
          {REFRESH_RATES.map((rate) => (
            <option key={rate} value={rate}>
              {t(`monitoring.rates.${rate}`)}
            </option>
          ))}
        </select>
        <p className="text-xs text-slate-500">{t("settings.refreshRateHint")}</p>
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-pct`} className="text-sm font-medium text-slate-900">
          {t("settings.salaryCutAlertPct")}
        </label>
        <input
          id={`${id}-pct`}
          name="salaryCutAlertPct"
          inputMode="numeric"
          defaultValue={values.salaryCutAlertPct}
          className={CONTROL}
          aria-invalid={errors.salaryCutAlertPct ? true : undefined}
          aria-describedby={`${id}-pct-hint`}
          data-testid="salary-cut-alert-pct"
        />
        <p id={`${id}-pct-hint`} className="text-xs text-slate-500">
          {t("settings.salaryCutAlertPctHint")}
        </p>
        {errors.salaryCutAlertPct ? (
          <p className="text-sm text-red-700" role="alert" data-testid="salary-cut-alert-pct-error">
            {errors.salaryCutAlertPct}
          </p>
        ) : null}
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-recipients`} className="text-sm font-medium text-slate-900">
          {t("settings.alertRecipients")}
        </label>
        <select
          id={`${id}-recipients`}
          name="alertRecipients"
          defaultValue={values.alertRecipients}
          className={CONTROL}
        >
          {ALERT_RECIPIENTS.map((recipients) => (
            <option key={recipients} value={recipients}>
              {t(`settings.recipients.${recipients}`)}
            </option>
          ))}
        </select>
      </div>
      <SuccessMessage message={success} testId="monitoring-saved" />
      <Button type="submit" disabled={pending} data-testid="monitoring-save">
        {pending ? saving : t("settings.save")}
      </Button>
    </form>
  );
}
