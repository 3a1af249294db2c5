"use client";

import { useId } from "react";

type Props = {
  label: string;
  /** Said after the label, lighter: "(optional…)" or "(required…)". */
  hint?: string;
  /** Said under the box. */
  description?: string;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  rows: number;
  required?: boolean;
  testId: string;
};

/** A labelled free-text box of the decision panel (a note, an amendment reason). */
export function NoteField({ label, hint, description, onChange, testId, ...box }: Props) {
  const id = useId();
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium text-slate-900">
        {label} {hint ? <span className="font-normal text-slate-600">{hint}</span> : null}
      </label>
      <textarea
        id={id}
        {...box}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={description ? `${id}-description` : undefined}
        className="w-full rounded-md border border-slate-300 bg-white px-2 py-1"
        data-testid={testId}
      />
      {description ? (
        <p id={`${id}-description`} className="text-xs text-slate-600">
          {description}
        </p>
      ) : null}
    </div>
  );
}
