import type { ReactNode } from "react";
import { FieldError } from "./form-error";

/** An input's look, without its width, top margin and vertical padding (see `inputClass`). */
export const inputLookClass =
  "block rounded-md border border-slate-300 px-3 text-sm shadow-sm focus:border-brand-600 focus:outline-2 focus:outline-brand-600 aria-[invalid=true]:border-red-500";

export const inputClass = `mt-1 w-full py-2 ${inputLookClass}`;

type FieldProps = {
  label: string;
  name: string;
  /** A catalog key (e.g. from `fieldErrors`) or text shown as is. */
  error?: string;
  hint?: string;
  children: ReactNode;
};

/** A labelled form control with its hint and error, wired for screen readers. */
export function Field({ label, name, error, hint, children }: FieldProps) {
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      {children}
      {hint && !error ? (
        <p id={`${name}-hint`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {error ? <FieldError name={name} error={error} /> : null}
    </div>
  );
}
