"use client";

import { useTranslations } from "next-intl";
import { FormError } from "@/components/forms/form-error";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { RETENTION_FIELDS, retentionSchema } from "@/lib/privacy/settings-input";
import { SuccessMessage } from "./success-message";
import { useSettingsForm, type SettingsAction } from "./use-settings-form";

/** Admins: months applicants are kept (empty: no schedule) and days blocked data waits. */
export function RetentionForm({
  retentionMonths,
  blockingDays,
  action,
}: {
  retentionMonths: number | null;
  blockingDays: number;
  action: SettingsAction;
}) {
  const t = useTranslations("privacy.settings.retention");
  const saving = useTranslations("common.actions")("saving");
  const { errors, failure, success, pending, onSubmit } = useSettingsForm({
    schema: retentionSchema,
    fields: RETENTION_FIELDS,
    action,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="retention-form">
      <FormError message={failure?.message ?? null} params={failure?.params} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t("retentionMonths")}
          name="retentionMonths"
          inputMode="numeric"
          defaultValue={retentionMonths ?? ""}
          hint={t("retentionMonthsHint")}
          error={errors.retentionMonths}
        />
        <TextField
          label={t("blockingDays")}
          name="blockingDays"
          inputMode="numeric"
          defaultValue={blockingDays}
          hint={t("blockingDaysHint")}
          error={errors.blockingDays}
        />
      </div>
      <SuccessMessage message={success} testId="retention-saved" />
      <Button type="submit" disabled={pending} data-testid="retention-save">
        {pending ? saving : t("save")}
      </Button>
    </form>
  );
}
