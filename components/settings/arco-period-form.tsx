"use client";

import { useTranslations } from "next-intl";
import { FormError } from "@/components/forms/form-error";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { ARCO_PERIOD_FIELDS, arcoPeriodSchema } from "@/lib/privacy/settings-input";
import { SuccessMessage } from "./success-message";
import { useSettingsForm, type SettingsAction } from "./use-settings-form";

/** Team leads and admins: the business days to answer an ARCO request. */
export function ArcoPeriodForm({
  arcoResponseDays,
  action,
}: {
  arcoResponseDays: number;
  action: SettingsAction;
}) {
  const t = useTranslations("privacy.settings.arcoPeriod");
  const saving = useTranslations("common.actions")("saving");
  const { errors, failure, success, pending, onSubmit } = useSettingsForm({
    schema: arcoPeriodSchema,
    fields: ARCO_PERIOD_FIELDS,
    action,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="arco-period-form">
      <FormError message={failure?.message ?? null} params={failure?.params} />
      <TextField
        label={t("label")}
        name="arcoResponseDays"
        inputMode="numeric"
        defaultValue={arcoResponseDays}
        hint={t("hint")}
        error={errors.arcoResponseDays}
        className="max-w-32"
      />
      <SuccessMessage message={success} testId="arco-period-saved" />
      <Button type="submit" disabled={pending} data-testid="arco-period-save">
        {pending ? saving : t("save")}
      </Button>
    </form>
  );
}
