"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormError } from "@/components/forms/form-error";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { useJsonForm } from "@/components/forms/use-json-form";
import { useFormat } from "@/components/shell/use-format";
import { Button } from "@/components/ui/button";
import { ARCO_TYPES, arcoInputSchema } from "@/lib/privacy/arco-input";

/** Registers an ARCO request; its due date comes back from the server. */
export function ArcoForm({ today, responseDays }: { today: string; responseDays: number }) {
  const t = useTranslations("privacy");
  const router = useRouter();
  const f = useFormat();
  const [registered, setRegistered] = useState<string | null>(null);
  const { errors, failure, failureParams, pending, onSubmit } = useJsonForm({
    schema: arcoInputSchema,
    fields: ["type", "requesterName", "applicantReference", "receivedOn", "identityChecked"],
    url: "/api/privacy/requests",
    fallback: "errors.codes.internal",
    onSuccess: (created: { dueOn: string }) => {
      setRegistered(created.dueOn);
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="arco-form">
      <FormError message={failure} params={failureParams} testId="arco-error" />
      <SelectField
        label={t("form.type")}
        name="type"
        defaultValue="ACCESS"
        error={errors.type}
        options={ARCO_TYPES.map((type) => ({ value: type, label: t(`types.${type}`) }))}
      />
      <TextField
        label={t("form.requesterName")}
        name="requesterName"
        error={errors.requesterName}
      />
      <TextField
        label={t("form.applicantReference")}
        name="applicantReference"
        hint={t("form.applicantReferenceHint")}
        error={errors.applicantReference}
      />
      <TextField
        label={t("form.receivedOn")}
        name="receivedOn"
        type="date"
        defaultValue={today}
        max={today}
        error={errors.receivedOn}
      />
      <p className="text-xs text-slate-500">{t("form.period", { days: responseDays })}</p>
      <div className="space-y-1">
        <label className="flex items-start gap-2 text-sm text-slate-800">
          <input
            type="checkbox"
            name="identityChecked"
            className="mt-0.5"
            aria-invalid={!!errors.identityChecked}
            data-testid="arco-identity"
          />
          {t("form.identityChecked")}
        </label>
        {errors.identityChecked ? (
          <p className="text-sm text-red-700" role="alert">
            {t("validation.identityChecked")}
          </p>
        ) : null}
      </div>
      <Button type="submit" disabled={pending} data-testid="arco-submit">
        {t("form.submit")}
      </Button>
      {registered ? (
        <p role="status" className="text-sm text-emerald-700" data-testid="arco-registered">
          {t("form.registered", { due: f.date(registered) })}
        </p>
      ) : null}
    </form>
  );
}
