import type { SelectHTMLAttributes } from "react";
import { cn } from "@/components/ui/cn";
import { Field, inputClass } from "./field";

type SelectFieldProps = SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  name: string;
  options: readonly { value: string; label: string }[];
  error?: string;
  hint?: string;
};

/** A labelled native select: keyboard and screen-reader support come with the platform. */
export function SelectField({
  label,
  name,
  options,
  error,
  hint,
  className,
  ...select
}: SelectFieldProps) {
  return (
    <Field label={label} name={name} error={error} hint={hint}>
      <select
        id={name}
        name={name}
        aria-invalid={!!error}
        aria-describedby={error ? `${name}-error` : hint ? `${name}-hint` : undefined}
        className={cn(inputClass, "bg-white", className)}
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
