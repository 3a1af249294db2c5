"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Field, inputClass } from "@/components/forms/field";
import { IDENTIFIER_REASON_LENGTH, isIdentifierReason } from "@/lib/applicant/identifier-reason";

type Props = { value: string; onChange: (value: string) => void };

/** Why CURP, NSS and RFC leave in clear: required, 10 to 300 characters, kept in the export log. */
export function IdentifierReasonField({ value, onChange }: Props) {
  const t = useTranslations("exports.form");
  const [touched, setTouched] = useState(false);
  const error =
    touched && !isIdentifierReason(value) ? "exports.validation.reasonRequired" : undefined;
  return (
    <Field label={t("reason")} name="export-reason" hint={t("reasonHint")} error={error}>
      <textarea
        id="export-reason"
        name="reason"
        rows={2}
        required
        minLength={IDENTIFIER_REASON_LENGTH.min}
        maxLength={IDENTIFIER_REASON_LENGTH.max}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onBlur={() => setTouched(true)}
        aria-invalid={!!error}
        aria-describedby={error ? "export-reason-error" : "export-reason-hint"}
        className={inputClass}
        data-testid="export-reason"
      />
    </Field>
  );
}
