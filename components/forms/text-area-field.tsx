import type { TextareaHTMLAttributes } from "react";
import { cn } from "@/components/ui/cn";
import { Field, inputClass } from "./field";

type TextAreaFieldProps = TextareaHTMLAttributes<HTMLTextAreaElement> & {
  label: string;
  name: string;
  error?: string;
  hint?: string;
};

/** A labelled multi-line text input whose hint or error is announced with it. */
export function TextAreaField({
  label,
  name,
  error,
  hint,
  className,
  ...input
}: TextAreaFieldProps) {
  return (
    <Field label={label} name={name} error={error} hint={hint}>
      <textarea
        id={name}
        name={name}
        aria-invalid={!!error}
        aria-describedby={error ? `${name}-error` : hint ? `${name}-hint` : undefined}
        className={cn(inputClass, className)}
        {...input}
      />
    </Field>
  );
}
