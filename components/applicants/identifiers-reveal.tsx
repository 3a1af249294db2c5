"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Field, inputClass } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { useJsonForm } from "@/components/forms/use-json-form";
import { Button } from "@/components/ui/button";
import { IDENTIFIER_REASON_LENGTH } from "@/lib/applicant/identifier-reason";

type Identifiers = {
  curp: string | null;
  nss: string | null;
  rfc: string | null;
  email: string | null;
};

type Props = {
  applicantId: string;
  /** As the page shows them first: masked. */
  masked: Identifiers;
  canReveal: boolean;
};

// zod and the schema load when someone asks for the identifiers, not with the applicant page.
const loadSchema = () =>
  import("@/lib/applicant/identifier-reason-input").then((m) => m.identifierRevealInputSchema);

/**
 * The identifiers, masked until the reader asks for them with a reason. Revealed values live only
 * in this component's state: hiding them (or leaving the page) forgets them.
 */
export function IdentifiersReveal({ applicantId, masked, canReveal }: Props) {
  const t = useTranslations("applicant.identifiers");
  const [shown, setShown] = useState<Identifiers | null>(null);
  const [asking, setAsking] = useState(false);
  const form = useJsonForm({
    schema: loadSchema,
    fields: ["reason"],
    url: `/api/applicants/${applicantId}/identifiers`,
    fallback: "applicant.identifiers.failed",
    onSuccess: (data: { identifiers: Identifiers }) => {
      setShown(data.identifiers);
      setAsking(false);
    },
  });
  const values = shown ?? masked;
  const rows = [
    ["curp", "CURP", values.curp],
    ["nss", "NSS", values.nss],
    ["rfc", "RFC", values.rfc],
    ["email", t("email"), values.email],
  ] as const;
  return (
    <div className="space-y-3" data-testid="identifiers" data-state={shown ? "shown" : "masked"}>
      <dl className="space-y-1">
        {rows.map(([id, label, value]) => (
          <div key={id} className="grid grid-cols-3 gap-2">
            <dt className="text-slate-500">{label}</dt>
            <dd className="col-span-2 font-mono break-all" data-testid={`identifier-${id}`}>
              {value ?? "—"}
            </dd>
          </div>
        ))}
      </dl>
      <p className="text-xs text-slate-500" role="status" data-testid="identifiers-status">
        {shown ? t("shown") : t("masked")}
      </p>
      {!canReveal ? null : shown ? (
        <Button
          variant="secondary"
          size="sm"
          onClick={() => setShown(null)}
          data-testid="identifiers-hide"
        >
          {t("hide")}
        </Button>
      ) : asking ? (
        <form
          onSubmit={form.onSubmit}
          noValidate
          className="space-y-2"
          data-testid="identifiers-form"
        >
          <Field
            label={t("reason")}
            name="identifiers-reason"
            hint={t("reasonHint")}
            error={form.errors.reason}
          >
            <textarea
              id="identifiers-reason"
              name="reason"
              rows={2}
              maxLength={IDENTIFIER_REASON_LENGTH.max}
              aria-invalid={!!form.errors.reason}
              aria-describedby={
                form.errors.reason ? "identifiers-reason-error" : "identifiers-reason-hint"
              }
              className={inputClass}
              data-testid="identifiers-reason"
            />
          </Field>
          <FormError
            message={form.failure}
            params={form.failureParams}
            testId="identifiers-error"
          />
          <div className="flex gap-2">
            <Button
              type="submit"
              size="sm"
              disabled={form.pending}
              data-testid="identifiers-confirm"
            >
              {form.pending ? t("revealing") : t("confirm")}
            </Button>
            <Button variant="ghost" size="sm" onClick={() => setAsking(false)}>
              {t("cancel")}
            </Button>
          </div>
        </form>
      ) : (
        <Button
          variant="secondary"
          size="sm"
          onClick={() => setAsking(true)}
          data-testid="identifiers-reveal"
        >
          {t("reveal")}
        </Button>
      )}
    </div>
  );
}
