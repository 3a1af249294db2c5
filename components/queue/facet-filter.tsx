"use client";

import { useTranslations } from "next-intl";
import { useRef } from "react";
import { CARET, MENU_CLASS, OPTION_CLASS, PANEL_CLASS, SUMMARY_CLASS } from "./menu-styles";
import { useDismiss } from "./use-dismiss";

type Props<T extends string> = {
  name: string;
  label: string;
  options: readonly { value: T; label: string; hint?: string }[];
  selected: readonly T[];
  onChange: (next: T[]) => void;
};

/** A multi-choice filter: a disclosure of checkboxes (any of the checked values matches). */
export function FacetFilter<T extends string>({
  name,
  label,
  options,
  selected,
  onChange,
}: Props<T>) {
  const t = useTranslations("queue");
  const ref = useRef<HTMLDetailsElement>(null);
  useDismiss(ref);
  const toggle = (value: T, checked: boolean) =>
    onChange(
      options
        .map((option) => option.value)
        .filter((v) => (v === value ? checked : selected.includes(v))),
    );
  return (
    <details ref={ref} className={MENU_CLASS}>
      <summary className={SUMMARY_CLASS} data-testid={`queue-filter-${name}`}>
        {label}
        {selected.length > 0 ? (
          <span className="rounded-full bg-brand-100 px-1.5 text-xs font-medium text-brand-900">
            {selected.length}
            <span className="sr-only"> {t("filters.selected", { count: selected.length })}</span>
          </span>
        ) : null}
        <span aria-hidden="true" className="text-slate-400">
          {CARET}
        </span>
      </summary>
      <fieldset className={PANEL_CLASS}>
        <legend className="sr-only">{t("filters.anyOf", { filter: label })}</legend>
        {options.map((option) => (
          <label key={option.value} className={OPTION_CLASS} title={option.hint}>
            <input
              type="checkbox"
              className="accent-brand-600"
              checked={selected.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            {option.label}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
