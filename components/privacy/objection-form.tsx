"use client";

import { useTranslations } from "next-intl";
import { SelectField } from "@/components/forms/select-field";
import { TextAreaField } from "@/components/forms/text-area-field";
import type { ObjectionPurpose } from "@/lib/privacy/rights-choices";
import { RightsForm } from "./rights-form";

// zod and the schema load when someone sends the form, not with the applicant page.
const loadSchema = () => import("@/lib/privacy/rights-input").then((m) => m.objectionInputSchema);

/** Records the applicant's opposition to one of the uses not yet opposed, with the reason. */
export function ObjectionForm({
  applicantId,
  purposes,
}: {
  applicantId: string;
  purposes: readonly ObjectionPurpose[];
}) {
  const t = useTranslations("privacy.rights.objections");
  return (
    <RightsForm
      schema={loadSchema}
      fields={["purpose", "note"]}
      url={`/api/applicants/${applicantId}/privacy/objections`}
      words={{ open: t("form.open"), submit: t("form.submit"), cancel: t("form.cancel") }}
      testId="record-objection"
    >
      {(errors) => (
        <>
          <SelectField
            label={t("form.purpose")}
            name="purpose"
            error={errors.purpose}
            options={purposes.map((purpose) => ({
              value: purpose,
              label: t(`purposeOptions.${purpose}`),
            }))}
          />
          <TextAreaField
            label={t("form.note")}
            name="note"
            hint={t("form.noteHint")}
            minLength={10}
            maxLength={1000}
            rows={2}
            error={errors.note}
          />
        </>
      )}
    </RightsForm>
  );
}
