"use client";

import { useTranslations } from "next-intl";
import { TextAreaField } from "@/components/forms/text-area-field";
import { TextField } from "@/components/forms/text-field";
import { RightsForm } from "./rights-form";

// zod and the schema load when someone sends the form, not with the applicant page.
const loadSchema = () => import("@/lib/privacy/rights-input").then((m) => m.disputeInputSchema);

/** Notes a datum the applicant disputes and why (Cotiza does not edit the institution's data). */
export function DisputeForm({ applicantId }: { applicantId: string }) {
  const t = useTranslations("privacy.rights.disputes.form");
  return (
    <RightsForm
      schema={loadSchema}
      fields={["subject", "reason"]}
      url={`/api/applicants/${applicantId}/privacy/disputes`}
      words={{ open: t("open"), submit: t("submit"), cancel: t("cancel") }}
      testId="record-dispute"
    >
      {(errors) => (
        <>
          <TextField
            label={t("subject")}
            name="subject"
            hint={t("subjectHint")}
            maxLength={300}
            error={errors.subject}
          />
          <TextAreaField
            label={t("reason")}
            name="reason"
            hint={t("reasonHint")}
            minLength={10}
            maxLength={2000}
            rows={3}
            error={errors.reason}
          />
        </>
      )}
    </RightsForm>
  );
}
