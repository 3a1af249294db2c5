"use client";

import { useTranslations } from "next-intl";
import { FormError } from "@/components/forms/form-error";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import {
  ORGANIZATION_FIELDS,
  ORGANIZATION_NAME_MAX,
  organizationSchema,
} from "@/lib/settings/input";
import { SuccessMessage } from "./success-message";
import { useSettingsForm, type SettingsAction } from "./use-settings-form";

type Props = { organizationName: string | null; action: SettingsAction };

/** Admins: the lender's name printed on every verification report. */
export function OrganizationForm({ organizationName, action }: Props) {
  const t = useTranslations("settings.organization");
  const saving = useTranslations("common.actions")("saving");
  const { errors, failure, success, pending, onSubmit } = useSettingsForm({
    schema: organizationSchema,
    fields: ORGANIZATION_FIELDS,
    action,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="organization-form">
      <FormError message={failure?.message ?? null} params={failure?.params} />
      <TextField
        label={t("name")}
        name="organizationName"
        defaultValue={organizationName ?? ""}
        maxLength={ORGANIZATION_NAME_MAX}
        hint={t("nameHint")}
        error={errors.organizationName}
      />
      <SuccessMessage message={success} testId="organization-saved" />
      <Button type="submit" disabled={pending} data-testid="organization-save">
        {pending ? saving : t("save")}
      </Button>
    </form>
  );
}
