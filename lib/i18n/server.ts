import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { getOrganizationSettings } from "@/lib/settings/organization";
import { appFormat } from "./app-format";
import type { AppFormat } from "./app-format";

/** The reader's formatter in a server component, route or action. */
export async function getFormat(): Promise<AppFormat> {
  const [locale, t, settings] = await Promise.all([
    getLocale(),
    getTranslations("common"),
    getOrganizationSettings(),
  ]);
  return appFormat({ locale, timeZone: settings.timeZone, t });
}
