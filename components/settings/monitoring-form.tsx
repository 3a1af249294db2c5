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
  concentrationApplicants: number;
  concentrationDays: number;
  action: SettingsAction;
};

const CONTROL = "h-9 w-full rounded-md border border-slate-300 bg-white px-2 text-sm";

/** A whole number with its hint and its error. */
function NumberField(props: {
  name: string;
  label: string;
  hint: string;
  value: number;
  error: string | undefined;
  testId: string;
}) {
  const id = useId();
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-900">
        {props.label}
      </label>
      <input
        id={id}
        name={props.name}
        inputMode="numeric"
        defaultValue={props.value}
        className={CONTROL}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={`${id}-hint`}
        data-testid={props.testId}
      />
      <p id={`${id}-hint`} className="text-xs text-slate-500">
        {props.hint}
      </p>
      {props.error ? (
        <p className="text-sm text-red-700" role="alert" data-testid={`${props.testId}-error`}>
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

/**
 * Team leads and admins: the contracted refresh rate, the salary-cut threshold, who hears, and
 * the employer-concentration signal's limits.
 */
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
      <NumberField
        name="salaryCutAlertPct"
        label={t("settings.salaryCutAlertPct")}
        hint={t("settings.salaryCutAlertPctHint")}
        value={values.salaryCutAlertPct}
        error={errors.salaryCutAlertPct}
        testId="salary-cut-alert-pct"
      />
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
      <fieldset className="space-y-4 border-t border-slate-200 pt-4">
        <legend className="pt-2 text-sm font-semibold text-slate-900">
          {t("settings.concentration")}
        </legend>
        <p className="text-xs text-slate-500">{t("settings.concentrationHint")}</p>
        <NumberField
          name="concentrationApplicants"
          label={t("settings.concentrationApplicants")}
          hint={t("settings.concentrationApplicantsHint")}
          value={values.concentrationApplicants}
          error={errors.concentrationApplicants}
          testId="concentration-applicants"
        />
        <NumberField
          name="concentrationDays"
          label={t("settings.concentrationDays")}
          hint={t("settings.concentrationDaysHint")}
          value={values.concentrationDays}
          error={errors.concentrationDays}
          testId="concentration-days"
        />
      </fieldset>
      <SuccessMessage message={success} testId="monitoring-saved" />
      <Button type="submit" disabled={pending} data-testid="monitoring-save">
        {pending ? saving : t("settings.save")}
      </Button>
    </form>
  );
}
