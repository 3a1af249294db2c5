import { createTranslator } from "next-intl";
import type { Flag } from "@/lib/metrics/types";
import { appFormat } from "../app-format";
import type { CommonTranslate } from "../app-format";
import { messagesFor } from "../catalog";
import { explainFlag } from "../flag-text";
import type { Locale } from "../locales";
import { metricsTranslator } from "../translator";

/** A flag's explanation as a reader of `locale` sees it (Mexico City time). */
export function explain(flag: Flag, asOf: string, locale: Locale = "en"): string {
  const common = createTranslator({ locale, messages: messagesFor(locale), namespace: "common" });
  const f = appFormat({
    locale,
    timeZone: "America/Mexico_City",
    t: common as unknown as CommonTranslate,
  });
  return explainFlag(flag, { asOf, t: metricsTranslator(locale), f });
}
