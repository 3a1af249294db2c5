import { createTranslator } from "next-intl";
import { OUTCOME_KEYS, reasonKey, type DecisionOutcome } from "@/lib/applicant/decision-reasons";
import { DECISION_STATUS_KEYS, type DecisionStatus } from "@/lib/applicant/decision-status";
import { INSTITUTIONS, type Institution } from "@/lib/connect/institutions";
import { messagesFor, type Messages } from "@/lib/i18n/catalog";
import { flagLabel } from "@/lib/i18n/flag-text";
import type { Locale } from "@/lib/i18n/locales";
import { metricsTranslator } from "@/lib/i18n/translator";
import { isFlagCode } from "@/lib/metrics/flag-rules";
import { LINK_STATUS_KEYS, type LinkStatusValue } from "@/lib/queue/options";
import type { SignOffState } from "@/lib/generated/prisma/enums";

/** Every column any export writes; its header is `exports.columns.<id>`. */
export type ExportColumnId = keyof Messages["exports"]["columns"];

/**
 * The words of one file, in the language its reader chose: the header row, and the few cells that
 * are labels (flags, link status, Belvo's test institution, the decision's status, outcome, reason
 * and sign-off). Dates and amounts never go through
 * here: they stay ISO and plain whatever the language, so a spreadsheet reads every file the same
 * way.
 */
export interface ExportWords {
  header(column: { id: ExportColumnId; masked?: boolean }): string;
  flag(code: string): string;
  linkStatus(status: LinkStatusValue | null): string;
  institution(institution: Institution): string;
  decisionStatus(status: DecisionStatus): string;
  outcome(outcome: DecisionOutcome): string;
  /** A reason code this version no longer knows is written as stored. */
  reason(code: string): string;
  /** No sign-off state on a decision means none was needed. */
  signOff(state: SignOffState | null): string;
  kindTitle(kind: keyof Messages["exports"]["kinds"]): string;
}

const SIGN_OFF_KEYS = {
  REQUIRED: "required",
  SIGNED: "signed",
  RETURNED: "returned",
} as const satisfies Record<SignOffState, string>;

export function exportWords(locale: Locale): ExportWords {
  const messages = messagesFor(locale);
  const t = createTranslator({ locale, messages, namespace: "exports" });
  const queue = createTranslator({ locale, messages, namespace: "queue" });
  const common = createTranslator({ locale, messages, namespace: "common" });
  const decision = createTranslator({ locale, messages, namespace: "applicant.decision" });
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
    decisionStatus: (status) => common(`decisionStatus.${DECISION_STATUS_KEYS[status]}`),
    outcome: (outcome) => decision(`outcomes.${OUTCOME_KEYS[outcome]}`),
    reason: (code) => {
      const key = reasonKey(code);
      return key ? decision(`reasons.${key}`) : code;
    },
    signOff: (state) => t(`values.signOff.${state ? SIGN_OFF_KEYS[state] : "notNeeded"}`),
    kindTitle: (kind) => t(`kinds.${kind}.title`),
  };
}
