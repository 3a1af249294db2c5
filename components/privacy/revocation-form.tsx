"use client";

import { useTranslations } from "next-intl";
import { SelectField } from "@/components/forms/select-field";
import { TextAreaField } from "@/components/forms/text-area-field";
import { TextField } from "@/components/forms/text-field";
import { REVOCATION_CHANNELS } from "@/lib/privacy/rights-choices";
import { RightsForm } from "./rights-form";

// zod and the schema load when someone sends the form, not with the applicant page.
const loadSchema = () => import("@/lib/privacy/rights-input").then((m) => m.revocationInputSchema);

/** Records the applicant's revocation of their consent: the day, how they said so, a note. */
export function RevocationForm({ applicantId, today }: { applicantId: string; today: string }) {
  const t = useTranslations("privacy.rights.revocation.form");
  return (
    <RightsForm
      schema={loadSchema}
      fields={["revokedOn", "channel", "note"]}
      url={`/api/applicants/${applicantId}/privacy/revocation`}
      words={{ open: t("open"), submit: t("submit"), cancel: t("cancel") }}
      testId="revoke-consent"
    >
      {(errors) => (
        <>
          <p className="text-sm text-amber-900">{t("warning")}</p>
          <TextField
            label={t("revokedOn")}
            name="revokedOn"
            type="date"
            defaultValue={today}
            max={today}
            error={errors.revokedOn}
          />
          <SelectField
            label={t("channel")}
            name="channel"
            defaultValue="WRITTEN"
            error={errors.channel}
            options={REVOCATION_CHANNELS.map((channel) => ({
              value: channel,
              label: t(`channelOptions.${channel}`),
            }))}
          />
          <TextAreaField
            label={t("note")}
            name="note"
            hint={t("noteHint")}
            maxLength={1000}
            rows={2}
            error={errors.note}
          />
        </>
      )}
    </RightsForm>
  );
}
