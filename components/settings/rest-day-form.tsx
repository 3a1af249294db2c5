"use client";

import { useTranslations } from "next-intl";
import { TextField } from "@/components/forms/text-field";
import { REST_DAY_FIELDS, REST_DAY_NAME, restDayInputSchema } from "@/lib/privacy/settings-input";
import { AddEntryForm } from "./add-entry-form";
import type { SettingsAction } from "./use-settings-form";

/** Admins: a rest day that business-day deadlines skip, named in their own words. */
export function RestDayForm({ today, action }: { today: string; action: SettingsAction }) {
  const t = useTranslations("privacy.settings.restDays.form");
  return (
    <AddEntryForm
      id="rest-day"
      title={t("title")}
      submit={t("submit")}
      schema={restDayInputSchema}
      fields={REST_DAY_FIELDS}
      action={action}
    >
      {(errors) => (
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label={t("day")}
            name="day"
            type="date"
            min={today}
            hint={t("dayHint")}
            error={errors.day}
          />
          <TextField
            label={t("name")}
            name="name"
            maxLength={REST_DAY_NAME.max}
            hint={t("nameHint")}
            error={errors.name}
          />
        </div>
      )}
    </AddEntryForm>
  );
}
