"use client";

import { useTranslations } from "next-intl";
import { FormError } from "@/components/forms/form-error";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import {
  DECLARED_INCOME_TOLERANCE_PCT,
  FIGURE_SETTINGS_FIELDS,
  FLAG_WINDOW_MONTHS,
  figureSettingsSchema,
} from "@/lib/settings/input";
import type { OrganizationSettings } from "@/lib/settings/organization";
import type { TimeZoneChoices } from "@/lib/settings/time-zones";
import { SuccessMessage } from "./success-message";
import { TimeZoneSelect } from "./time-zone-select";
import { useSettingsForm, type SettingsAction } from "./use-settings-form";

type FiguresFormProps = {
  settings: OrganizationSettings;
  timeZones: TimeZoneChoices;
  action: SettingsAction;
};

/** Team leads and admins: how figures are computed; saving queues the queue's recomputation. */
export function FiguresForm({ settings, timeZones, action }: FiguresFormProps) {
  const t = useTranslations("settings.figures");
  const saving = useTranslations("common.actions")("saving");
  const { errors, failure, success, pending, onSubmit } = useSettingsForm({
    schema: figureSettingsSchema,
    fields: FIGURE_SETTINGS_FIELDS,
    action,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="figures-form">
      <FormError
        message={failure?.message ?? null}
        params={failure?.params}
        testId="figures-error"
      />
      <TimeZoneSelect
        label={t("labels.timeZone")}
        name="timeZone"
        choices={timeZones}
        defaultValue={settings.timeZone}
        hint={t("help.timeZone")}
        error={errors.timeZone}
      />
      <TextField
        label={t("inMonths", { label: t("labels.flagWindowMonths") })}
        name="flagWindowMonths"
        type="number"
        inputMode="numeric"
        min={FLAG_WINDOW_MONTHS.min}
        max={FLAG_WINDOW_MONTHS.max}
        step={1}
        defaultValue={settings.flagWindowMonths}
        hint={t("help.flagWindowMonths")}
        error={errors.flagWindowMonths}
        className="max-w-32"
      />
      <TextField
        label={t("inPercent", { label: t("labels.declaredIncomeTolerancePct") })}
        name="declaredIncomeTolerancePct"
        type="number"
        inputMode="numeric"
        min={DECLARED_INCOME_TOLERANCE_PCT.min}
        max={DECLARED_INCOME_TOLERANCE_PCT.max}
        step={1}
        defaultValue={settings.declaredIncomeTolerancePct}
        hint={t("help.declaredIncomeTolerancePct")}
        error={errors.declaredIncomeTolerancePct}
        className="max-w-32"
      />
      <SuccessMessage message={success} testId="figures-saved" />
      <Button type="submit" disabled={pending} data-testid="figures-save">
        {pending ? saving : t("save")}
      </Button>
    </form>
  );
}
