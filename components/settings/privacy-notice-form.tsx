"use client";

import { useTranslations } from "next-intl";
import { TextAreaField } from "@/components/forms/text-area-field";
import { TextField } from "@/components/forms/text-field";
import {
  NOTICE_FIELDS,
  NOTICE_TEXT,
  NOTICE_VERSION_MAX,
  noticeInputSchema,
} from "@/lib/privacy/settings-input";
import { AddEntryForm } from "./add-entry-form";
import type { SettingsAction } from "./use-settings-form";

/** Admins: a new version of the privacy notice, with the day it takes effect (today by default). */
export function PrivacyNoticeForm({ today, action }: { today: string; action: SettingsAction }) {
  const t = useTranslations("privacy.settings.notices.form");
  return (
    <AddEntryForm
      id="privacy-notice"
      title={t("title")}
      submit={t("submit")}
      schema={noticeInputSchema}
      fields={NOTICE_FIELDS}
      action={action}
    >
      {(errors) => (
        <>
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField
              label={t("version")}
              name="version"
              maxLength={NOTICE_VERSION_MAX}
              spellCheck={false}
              hint={t("versionHint")}
              error={errors.version}
            />
            <TextField
              label={t("effectiveOn")}
              name="effectiveOn"
              type="date"
              min={today}
              defaultValue={today}
              hint={t("effectiveOnHint")}
              error={errors.effectiveOn}
            />
          </div>
          <TextAreaField
            label={t("textEs")}
            name="textEs"
            rows={8}
            maxLength={NOTICE_TEXT.max}
            hint={t("textEsHint")}
            error={errors.textEs}
          />
          <TextAreaField
            label={t("textEn")}
            name="textEn"
            rows={5}
            maxLength={NOTICE_TEXT.max}
            hint={t("textEnHint")}
            error={errors.textEn}
          />
        </>
      )}
    </AddEntryForm>
  );
}
