"use client";

import { useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";

type Props = {
  languages: readonly Locale[];
  value: Locale;
  onChange: (lang: Locale) => void;
  /** Verification reports are written whole in the language, not just their headers. */
  reports?: boolean;
};

/** The language of the file's header row (and of its flag labels); values stay the same. */
export function ExportLanguage({ languages, value, onChange, reports = false }: Props) {
  const t = useTranslations("exports.form");
  return (
    <fieldset data-testid="export-language">
      <legend className="text-sm font-medium text-slate-900">
        {reports ? t("reportLanguage") : t("language")}
      </legend>
      <p className="mt-1 text-xs text-slate-500">
        {reports ? t("reportLanguageHint") : t("languageHint")}
      </p>
      <div className="mt-2 flex flex-wrap gap-4 text-sm text-slate-700">
        {languages.map((lang) => (
          <label key={lang} className="flex items-center gap-2">
            <input
              type="radio"
              name="lang"
              value={lang}
              checked={value === lang}
              onChange={() => onChange(lang)}
              className="accent-brand-600"
              data-testid={`export-lang-${lang}`}
            />
            <span lang={lang}>{t(`languages.${lang}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
