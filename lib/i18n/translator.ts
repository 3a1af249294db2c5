import { createTranslator } from "next-intl";
import { messagesFor } from "./catalog";
import type { Locale } from "./locales";
import type { MetricsTranslate } from "./flag-text";

/**
 * A translator for a namespace in a given language, outside a request (CSV exports choose their
 * header language; tests render sentences in both languages).
 */
export function metricsTranslator(locale: Locale): MetricsTranslate {
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "metrics" });
  return t as unknown as MetricsTranslate;
}
