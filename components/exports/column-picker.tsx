"use client";

import { useTranslations } from "next-intl";

export const COLUMN_GROUPS = ["applicant", "decision", "identifiers"] as const;

export type PickerColumn = {
  id: string;
  header: string;
  /** The applicant's own facts, their current decision, or their identifiers (CURP, NSS, RFC). */
  group: (typeof COLUMN_GROUPS)[number];
};

type Props = {
  columns: readonly PickerColumn[];
  selected: readonly string[];
  identifiersMasked: boolean;
  onChange: (selected: string[]) => void;
  onReset: () => void;
};

/** Checkboxes for the queue export's columns, in groups; the file keeps the list's order. */
export function ColumnPicker({ columns, selected, identifiersMasked, onChange, onReset }: Props) {
  const t = useTranslations("exports.picker");
  const toggle = (id: string, on: boolean) =>
    onChange(columns.map((c) => c.id).filter((c) => (c === id ? on : selected.includes(c))));
  return (
    <fieldset data-testid="export-columns">
      <legend className="text-sm font-medium text-slate-900">{t("legend")}</legend>
      <p className="mt-1 text-xs text-slate-500">
        {t("hint")}
        {identifiersMasked ? ` ${t("maskedHint")}` : null}
      </p>
      {COLUMN_GROUPS.map((group) => (
        <fieldset key={group} className="mt-3" data-testid={`export-column-group-${group}`}>
          <legend className="text-xs font-medium uppercase tracking-wide text-slate-500">
            {t(`groups.${group}`)}
          </legend>
          <div className="mt-1.5 grid grid-cols-2 gap-x-4 gap-y-1.5 sm:grid-cols-3">
            {columns
              .filter((column) => column.group === group)
              .map((column) => (
                <label key={column.id} className="flex items-center gap-2 text-sm text-slate-700">
                  <input
                    type="checkbox"
                    className="size-4 rounded border-slate-300 accent-brand-600"
                    checked={selected.includes(column.id)}
                    onChange={(event) => toggle(column.id, event.target.checked)}
                    data-testid={`export-column-${column.id}`}
                  />
                  {column.header}
                  {group === "identifiers" && identifiersMasked ? (
                    <span className="text-xs text-slate-600">{t("masked")}</span>
                  ) : null}
                </label>
              ))}
          </div>
        </fieldset>
      ))}
      <button
        type="button"
        onClick={onReset}
        className="mt-2 text-xs font-medium text-brand-700 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600"
        data-testid="export-columns-reset"
      >
        {t("reset")}
      </button>
    </fieldset>
  );
}
