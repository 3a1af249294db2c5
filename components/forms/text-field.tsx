import { useTranslations } from "next-intl";
import type { InputHTMLAttributes } from "react";
import { cn } from "@/components/ui/cn";
import { Field, inputClass } from "./field";

type TextFieldProps = InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  name: string;
  error?: string;
  hint?: string;
};

/** A labelled text input whose hint or error is announced with it. */
export function TextField({ label, name, error, hint, className, ...input }: TextFieldProps) {
  return (
    <Field label={label} name={name} error={error} hint={hint}>
      <input
        id={name}
        name={name}
        autoComplete="off"
        aria-invalid={!!error}
        aria-describedby={error ? `${name}-error` : hint ? `${name}-hint` : undefined}
        className={cn(inputClass, className)}
        {...input}
      />
    </Field>
  );
}

/** Our reference for an applicant; it is sent to Belvo as `external_id`, so it must hold no personal data. */
export function ReferenceField({ error }: { error?: string }) {
  const t = useTranslations("connect.fields.reference");
  return <TextField label={t("label")} name="reference" error={error} hint={t("hint")} />;
}
