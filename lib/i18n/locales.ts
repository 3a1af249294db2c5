// The languages Cotiza speaks: Spanish (es-MX) first, English on request.

export const LOCALES = ["es", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "es";

/** The cookie that carries the language before sign-in (and mirrors the account's choice). */
export const LOCALE_COOKIE = "cotiza-locale";

/** The conventions numbers, dates and amounts follow in each language (amounts stay in MXN). */
export const FORMAT_LOCALE: Record<Locale, string> = { es: "es-MX", en: "en-US" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * The language an `Accept-Language` header asks for: English only when the browser prefers it
 * to Spanish; Spanish when it prefers Spanish, asks for neither, or sends nothing.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { lang: tag.trim().slice(0, 2).toLowerCase(), q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((entry) => entry.lang && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  const first = ranked.find((entry) => isLocale(entry.lang));
  return first && isLocale(first.lang) ? first.lang : DEFAULT_LOCALE;
}
