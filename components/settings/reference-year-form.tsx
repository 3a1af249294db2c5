"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { FormError } from "@/components/forms/form-error";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import type { ReferenceYear } from "@/lib/metrics/reference-values";
import {
  FIRST_BORDER_ZONE_YEAR,
  FIRST_UMA_YEAR,
  REFERENCE_YEAR_FIELDS,
  REFERENCE_YEARS,
  referenceYearSchema,
} from "@/lib/settings/input";
import { useSettingsForm, type SettingsAction } from "./use-settings-form";

type ReferenceYearFormProps = {
  /** The year to correct, or null to add `nextYear`. */
  editing: ReferenceYear | null;
  nextYear: number;
  action: SettingsAction;
  onSaved: (message: string) => void;
  onCancel: () => void;
};

const amountText = (value: number | null | undefined) =>
  value === null || value === undefined ? "" : value.toFixed(2);

/** Admins: adds a year's UMA and minimum wages, or corrects the year picked in the table. */
export function ReferenceYearForm({
  editing,
  nextYear,
  action,
  onSaved,
  onCancel,
}: ReferenceYearFormProps) {
  const t = useTranslations("settings.reference.form");
  const actions = useTranslations("common.actions");
  const [saving, cancel] = [actions("saving"), actions("cancel")];
  const form = useRef<HTMLFormElement>(null);
  const { errors, failure, pending, onSubmit } = useSettingsForm({
    schema: referenceYearSchema,
    fields: REFERENCE_YEAR_FIELDS,
    action,
    onSuccess: onSaved,
  });
  const title = editing ? t("edit", { year: String(editing.year) }) : t("add");
  useEffect(() => {
    if (editing) form.current?.querySelector<HTMLInputElement>("input[name=umaDaily]")?.focus();
  }, [editing]);

  return (
    <form
      ref={form}
      onSubmit={onSubmit}
      noValidate
      className="space-y-4 rounded-md border border-slate-200 bg-slate-50 p-4"
      data-testid="reference-year-form"
      data-intent={editing ? "edit" : "add"}
      aria-label={title}
    >
      <h3 className="text-sm font-semibold text-slate-900">{title}</h3>
      <FormError
        message={failure?.message ?? null}
        params={failure?.params}
        testId="reference-year-error"
      />
      <input type="hidden" name="intent" value={editing ? "edit" : "add"} />
      {editing ? (
        <input type="hidden" name="year" value={editing.year} />
      ) : (
        <TextField
          label={t("year")}
          name="year"
          type="number"
          inputMode="numeric"
          min={REFERENCE_YEARS.min}
          max={REFERENCE_YEARS.max}
          step={1}
          defaultValue={nextYear}
          error={errors.year}
          className="max-w-32"
        />
      )}
      {editing && errors.year ? (
        <p className="text-xs text-red-700" data-testid="error-year">
          {errors.year}
        </p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          label={t("uma")}
          name="umaDaily"
          inputMode="decimal"
          defaultValue={amountText(editing?.umaDaily)}
          hint={t("umaHint", { year: String(FIRST_UMA_YEAR) })}
          error={errors.umaDaily}
        />
        <TextField
          label={t("minimumWage")}
          name="minimumWageDaily"
          inputMode="decimal"
          defaultValue={amountText(editing?.minimumWageDaily)}
          hint={t("minimumWageHint")}
          error={errors.minimumWageDaily}
        />
        <TextField
          label={t("borderWage")}
          name="minimumWageBorderDaily"
          inputMode="decimal"
          defaultValue={amountText(editing?.minimumWageBorderDaily)}
          hint={t("borderWageHint", { year: String(FIRST_BORDER_ZONE_YEAR) })}
          error={errors.minimumWageBorderDaily}
        />
      </div>
      <div className="flex gap-2">
        <Button type="submit" disabled={pending} data-testid="reference-year-save">
          {pending
            ? saving
            : editing
              ? t("submitEdit", { year: String(editing.year) })
              : t("submitAdd")}
        </Button>
        {editing ? (
          <Button variant="ghost" onClick={onCancel} data-testid="reference-year-cancel">
            {cancel}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
