import {
  formatDate,
  formatDateTime,
  formatMXN,
  formatMXNWhole,
  formatNumber,
  formatPercent,
  spanParts,
} from "@/lib/format";
import { FORMAT_LOCALE } from "./locales";
import type { Locale } from "./locales";

/** Renders a message of the `common` namespace (a `t` from next-intl). */
export type CommonTranslate = (
  key: "span.years" | "span.months" | "span.days",
  values: { count: number },
) => string;

/** Amounts, dates and spans in the reader's language and the organization's time zone. */
export interface AppFormat {
  locale: Locale;
  timeZone: string;
  money(amount: string | number): string;
  moneyWhole(amount: number): string;
  /** A calendar day (`YYYY-MM-DD`) as is, or the day of an instant in the time zone. */
  date(iso: string, options?: { withoutYear?: boolean }): string;
  dateTime(iso: string): string;
  number(value: number, maximumFractionDigits?: number): string;
  percent(ratio: number, options?: { signed?: boolean; maximumFractionDigits?: number }): string;
  /** "6 años 10 meses", "3 meses", "12 días": tenure, durations and how long ago. */
  span(days: number): string;
}

export function appFormat(options: {
  locale: Locale;
  timeZone: string;
  t: CommonTranslate;
}): AppFormat {
  const { locale, timeZone, t } = options;
  const intl = FORMAT_LOCALE[locale];
  return {
    locale,
    timeZone,
    money: (amount) => formatMXN(amount, { locale: intl }),
    moneyWhole: (amount) => formatMXNWhole(amount, { locale: intl }),
    date: (iso, o = {}) => formatDate(iso, { locale: intl, timeZone, ...o }),
    dateTime: (iso) => formatDateTime(iso, { locale: intl, timeZone }),
    number: (value, maximumFractionDigits) =>
      formatNumber(value, { locale: intl, maximumFractionDigits }),
    percent: (ratio, o = {}) => formatPercent(ratio, { locale: intl, ...o }),
    span: (days) => {
      const parts = spanParts(days);
      if (parts.years === 0 && parts.months === 0) return t("span.days", { count: parts.days });
      const years = parts.years ? t("span.years", { count: parts.years }) : "";
      const months = parts.months ? t("span.months", { count: parts.months }) : "";
      return [years, months].filter(Boolean).join(" ");
    },
  };
}
