"use client";
import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { appFormat } from "@/lib/i18n/app-format";
import type { AppFormat } from "@/lib/i18n/app-format";
import { useTimeZone } from "./time-zone";

/** The reader's formatter in a client component (language and organization time zone). */
export function useFormat(): AppFormat {
  const locale = useLocale();
  const timeZone = useTimeZone();
  const t = useTranslations("common");
  return useMemo(() => appFormat({ locale, timeZone, t }), [locale, timeZone, t]);
}
