"use client";

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
  const form = useRef<HTMLFormElement>(null);
  const { errors, failure, pending, onSubmit } = useSettingsForm({
    schema: referenceYearSchema,
    fields: REFERENCE_YEAR_FIELDS,
    action,
    onSuccess: onSaved,
  });
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
      aria-label={editing ? `Edit ${editing.year}` : "Add a year"}
    >
      <h3 className="text-sm font-semibold text-slate-900">
        {editing ? `Edit ${editing.year}` : "Add a year"}
      </h3>
      <FormError message={failure} testId="reference-year-error" />
      <input type="hidden" name="intent" value={editing ? "edit" : "add"} />
      {editing ? (
        <input type="hidden" name="year" value={editing.year} />
      ) : (
        <TextField
          label="Year"
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
          label="UMA (daily, MXN)"
          name="umaDaily"
          inputMode="decimal"
          defaultValue={amountText(editing?.umaDaily)}
          hint={`Required from ${FIRST_UMA_YEAR}; in force from 1 February.`}
          error={errors.umaDaily}
        />
        <TextField
          label="General minimum wage (daily, MXN)"
          name="minimumWageDaily"
          inputMode="decimal"
          defaultValue={amountText(editing?.minimumWageDaily)}
          hint="In force from 1 January."
          error={errors.minimumWageDaily}
        />
        <TextField
          label="Border-zone minimum wage (daily, MXN)"
          name="minimumWageBorderDaily"
          inputMode="decimal"
          defaultValue={amountText(editing?.minimumWageBorderDaily)}
          hint={`Northern border zone, from ${FIRST_BORDER_ZONE_YEAR}; empty if not published.`}
          error={errors.minimumWageBorderDaily}
        />
      </div>
      <div className="flex gap-2">
        <Button type="submit" disabled={pending} data-testid="reference-year-save">
          {pending ? "Saving…" : editing ? `Save ${editing.year}` : "Add year"}
        </Button>
        {editing ? (
          <Button variant="ghost" onClick={onCancel} data-testid="reference-year-cancel">
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
}
