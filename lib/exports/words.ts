import { createTranslator } from "next-intl";
import { INSTITUTIONS, type Institution } from "@/lib/connect/institutions";
import { messagesFor, type Messages } from "@/lib/i18n/catalog";
import { flagLabel } from "@/lib/i18n/flag-text";
import type { Locale } from "@/lib/i18n/locales";
import { metricsTranslator } from "@/lib/i18n/translator";
import { isFlagCode } from "@/lib/metrics/flag-rules";
import { LINK_STATUS_KEYS, type LinkStatusValue } from "@/lib/queue/options";

/** Every column any export writes; its header is `exports.columns.<id>`. */
export type ExportColumnId = keyof Messages["exports"]["columns"];

/**
 * The words of one file, in the language its reader chose: the header row, and the few cells that
 * are labels (flags, link status, Belvo's test institution). Dates and amounts never go through
 * here: they stay ISO and plain whatever the language, so a spreadsheet reads every file the same
 * way.
 */
export interface ExportWords {
  header(column: { id: ExportColumnId; masked?: boolean }): string;
  flag(code: string): string;
  linkStatus(status: LinkStatusValue | null): string;
  institution(institution: Institution): string;
}

export function exportWords(locale: Locale): ExportWords {
  const messages = messagesFor(locale);
  const t = createTranslator({ locale, messages, namespace: "exports" });
  const queue = createTranslator({ locale, messages, namespace: "queue" });
  const metrics = metricsTranslator(locale);
  return {
    header: ({ id, masked }) =>
      masked ? t("maskedColumn", { header: t(`columns.${id}`) }) : t(`columns.${id}`),
    // A code this version does not know (an older pull's) is written as stored.
    flag: (code) => (isFlagCode(code) ? flagLabel(metrics, code) : code),
    linkStatus: (status) =>
      status ? queue(`linkStatus.${LINK_STATUS_KEYS[status]}`) : t("values.noLink"),
    institution: (institution) =>
      institution === "SANDBOX" ? queue("institution.sandbox") : INSTITUTIONS[institution].label,
  };
}
