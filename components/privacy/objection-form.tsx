"use client";

import { useTranslations } from "next-intl";
import { SelectField } from "@/components/forms/select-field";
import { TextAreaField } from "@/components/forms/text-area-field";
import { objectionInputSchema, type ObjectionPurpose } from "@/lib/privacy/rights-input";
import { RightsForm } from "./rights-form";

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
      schema={objectionInputSchema}
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
