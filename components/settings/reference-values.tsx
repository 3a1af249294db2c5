"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useFormat } from "@/components/shell/use-format";
import { Button } from "@/components/ui/button";
import type { ReferenceYear } from "@/lib/metrics/reference-values";
import { ReferenceYearForm } from "./reference-year-form";
import { SuccessMessage } from "./success-message";
import type { SettingsAction } from "./use-settings-form";

type ReferenceValuesProps = {
  /** Newest first. */
  years: readonly ReferenceYear[];
  /** What the add form offers: the year after the newest. */
  nextYear: number;
  /** Given to admins only: without it the table is read-only. */
  action?: SettingsAction;
};

const cell = "px-3 py-2 text-right tabular-nums";

function Amount({ value }: { value: number | null }) {
  const t = useTranslations("settings.reference.table");
  const f = useFormat();
  if (value === null)
    return (
      <>
        <span aria-hidden="true">—</span>
        <span className="sr-only">{t("none")}</span>
      </>
    );
  return <>{f.money(value)}</>;
}

/** The UMA and minimum wages by year; an admin adds the next year or corrects one. */
export function ReferenceValues({ years, nextYear, action }: ReferenceValuesProps) {
  const t = useTranslations("settings.reference.table");
  const [editing, setEditing] = useState<number | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  // A new key after each save, and once the saved year reaches the table, starts the form afresh
  // (the next year, empty amounts).
  const [formKey, setFormKey] = useState(0);
  const editingRow = years.find((row) => row.year === editing) ?? null;

  return (
    <div className="space-y-4">
      {action ? (
        <>
          <SuccessMessage message={saved} testId="reference-year-saved" />
          <ReferenceYearForm
            key={`${formKey}-${editingRow?.year ?? "add"}-${nextYear}`}
            editing={editingRow}
            nextYear={nextYear}
            action={action}
            onSaved={(message) => {
              setSaved(message);
              setEditing(null);
              setFormKey((key) => key + 1);
            }}
            onCancel={() => setEditing(null)}
          />
        </>
      ) : null}
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("label")}>
        <table className="w-full text-sm" data-testid="reference-years-table">
          <caption className="sr-only">{t("caption")}</caption>
          <thead className="text-xs text-slate-500">
            <tr>
              <th scope="col" className="py-2 pr-3 text-left font-medium">
                {t("year")}
              </th>
              <th scope="col" className={`${cell} font-medium`}>
                {t("uma")}
              </th>
              <th scope="col" className={`${cell} font-medium`}>
                {t("minimumWage")}
              </th>
              <th scope="col" className={`${cell} font-medium`}>
                {t("borderWage")}
              </th>
              {action ? (
                <th scope="col" className="px-3 py-2">
                  <span className="sr-only">{t("actions")}</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {years.map((row) => (
              <tr
                key={row.year}
                className="border-t border-slate-100"
                data-testid="reference-year-row"
                data-year={row.year}
              >
                <th scope="row" className="py-2 pr-3 text-left font-medium text-slate-900">
                  {row.year}
                </th>
                <td className={cell} data-testid="reference-uma">
                  <Amount value={row.umaDaily} />
                </td>
                <td className={cell} data-testid="reference-minimum-wage">
                  <Amount value={row.minimumWageDaily} />
                </td>
                <td className={cell} data-testid="reference-border-wage">
                  <Amount value={row.minimumWageBorderDaily} />
                </td>
                {action ? (
                  <td className="px-3 py-1 text-right">
                    <Button
                      variant="ghost"
                      size="sm"
                      onClick={() => {
                        setSaved(null);
                        setEditing(row.year);
                      }}
                      aria-label={t("editYear", { year: String(row.year) })}
                      data-testid="reference-year-edit"
                    >
                      {t("edit")}
                    </Button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
