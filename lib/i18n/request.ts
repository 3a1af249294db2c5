import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { currentUser } from "@/lib/auth/session";
import { messagesFor } from "./catalog";
import { isLocale, LOCALE_COOKIE, negotiateLocale } from "./locales";
import type { Locale } from "./locales";

/**
 * The language of a request: the signed-in user's choice, else the language cookie (set by the
 * switch on public pages), else the browser's `Accept-Language` (Spanish unless it prefers English).
 */
export async function requestLocale(): Promise<Locale> {
  const user = await currentUser().catch(() => null);
  if (isLocale(user?.locale)) return user.locale;
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(cookie)) return cookie;
  return negotiateLocale((await headers()).get("accept-language"));
}

export default getRequestConfig(async () => {
  const locale = await requestLocale();
  return { locale, messages: messagesFor(locale) };
});
