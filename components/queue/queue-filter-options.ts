import { useTranslations } from "next-intl";
import { INSTITUTIONS } from "@/lib/connect/institutions";
import { DECISION_STATUS_KEYS, DECISION_STATUSES } from "@/lib/applicant/decision-status";
import { flagLabel, flagSummary, type MetricsTranslate } from "@/lib/i18n/flag-text";
import { FLAG_CODES } from "@/lib/queue/flags";
import {
  ASSIGNED_VALUES,
  FRESHNESS_TEXT_VALUES,
  FRESHNESS_VALUES,
  INSTITUTION_VALUES,
  MONITORING_VALUES,
  LINK_STATUS_KEYS,
  SCORE_BANDS,
  scoreBandText,
  type ScoreBand,
} from "@/lib/queue/options";

// The words of the queue's filter options, from a `queue` translator (useTranslations or
// getTranslations) and a `metrics` one for the flags; the values are the URL's. Plain functions,
// so a server page (the export's filter summary) words filters exactly as the queue does.

/** A translator of the `queue` namespace. */
export type QueueTranslate = ReturnType<typeof useTranslations<"queue">>;

/** An institution's name: IMSS and ISSSTE as they are, Belvo's test institution in words. */
export function institutionLabel(t: QueueTranslate, value: (typeof INSTITUTION_VALUES)[number]) {
  return value === "SANDBOX" ? t("institution.sandbox") : INSTITUTIONS[value].label;
}

/** A score filter option's words: "Puntaje 550–649 · Riesgo elevado". */
export function scoreBandLabel(t: QueueTranslate, tm: MetricsTranslate, value: ScoreBand): string {
  const text = scoreBandText(value);
  if (text.message === "none") return t("scoreFilter.none");
  const band = tm(`scoreBands.${text.band}.label`);
  switch (text.message) {
    case "below":
      return t("scoreFilter.below", { ...text.values, band });
    case "between":
      return t("scoreFilter.between", { ...text.values, band });
    case "above":
      return t("scoreFilter.above", { ...text.values, band });
  }
}

/** Every filter's options in the reader's language. */
export function queueFilterOptions(t: QueueTranslate, tm: MetricsTranslate) {
  return {
    institution: INSTITUTION_VALUES.map((value) => ({ value, label: institutionLabel(t, value) })),
    status: (["VALID", "UNCONFIRMED", "INVALID", "TOKEN_REQUIRED"] as const).map((value) => ({
      value,
      label: t(`linkStatus.${LINK_STATUS_KEYS[value]}`),
    })),
    flags: FLAG_CODES.map((value) => ({
      value,
      label: flagLabel(tm, value),
      hint: flagSummary(tm, value),
    })),
    score: SCORE_BANDS.map((value) => ({ value, label: scoreBandLabel(t, tm, value) })),
    freshness: FRESHNESS_VALUES.map((value) => ({
      value,
      label: t(`freshness.${value}`, FRESHNESS_TEXT_VALUES[value]),
    })),
    monitoring: MONITORING_VALUES.map((value) => ({ value, label: t(`monitoring.${value}`) })),
    assigned: ASSIGNED_VALUES.map((value) => ({ value, label: t(`assigned.${value}`) })),
  };
}

export function useQueueFilterOptions() {
  const t = useTranslations("queue");
  const tm = useTranslations("metrics") as unknown as MetricsTranslate;
  return queueFilterOptions(t, tm);
}

/** The decision filter's options, in the worklist's order, worded as `common.decisionStatus`. */
export function useDecisionOptions() {
  const t = useTranslations("common");
  return DECISION_STATUSES.map((value) => ({
    value,
    label: t(`decisionStatus.${DECISION_STATUS_KEYS[value]}`),
  }));
}
