import { createTranslator } from "next-intl";
import { appFormat, type CommonTranslate } from "@/lib/i18n/app-format";
import { messagesFor } from "@/lib/i18n/catalog";
import type { Locale } from "@/lib/i18n/locales";
import type { AccessPackageSections } from "./access-package";

/** What the summary's words depend on besides the package: the reader's language and zone. */
export type SummaryOptions = {
  locale: Locale;
  timeZone: string;
  /** The lender's name from Settings; null while an admin has not set it. */
  organizationName: string | null;
  /** The request the package answers. */
  request: { receivedOn: string; requesterName: string } | null;
};

/** A table of the summary: its columns' widths are per cent of the row. */
export interface SummaryTable {
  key: string;
  title: string;
  empty: string;
  columns: { label: string; width: number }[];
  rows: string[][];
  note: string | null;
}

/** The translators and formatter of one summary, in its reader's language. */
export function summaryWords(options: SummaryOptions) {
  const { locale } = options;
  const messages = messagesFor(locale);
  const make = <N extends "privacy" | "applicant" | "connect" | "common" | "audit">(namespace: N) =>
    createTranslator({ locale, messages, namespace });
  const common = make("common");
  return {
    t: createTranslator({ locale, messages, namespace: "privacy.accessPackage" }),
    tp: make("privacy"),
    ta: make("applicant"),
    tc: make("connect"),
    tcommon: common,
    taudit: make("audit"),
    f: appFormat({ locale, timeZone: options.timeZone, t: common as unknown as CommonTranslate }),
  };
}

export type SummaryWords = ReturnType<typeof summaryWords>;

type Snapshot = AccessPackageSections["snapshots"][number];

/** The newest pull (the sections list pulls oldest first), or null before any. */
export const newestSnapshot = (sections: AccessPackageSections): Snapshot | null =>
  sections.snapshots.at(-1) ?? null;

/** A staff member's name, or the words for one whose account is gone. */
export const staffName = (person: { name: string } | null, { t }: SummaryWords) =>
  person?.name ?? t("someone");
