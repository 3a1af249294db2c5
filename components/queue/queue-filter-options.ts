import { INSTITUTIONS } from "@/lib/connect/institutions";
import { QUEUE_FLAGS, FLAG_CODES } from "@/lib/queue/flags";
import {
  FRESHNESS_LABELS,
  FRESHNESS_VALUES,
  INSTITUTION_VALUES,
  LINK_STATUS_LABELS,
  SCORE_BANDS,
  scoreBandLabel,
} from "@/lib/queue/options";

export const INSTITUTION_OPTIONS = INSTITUTION_VALUES.map((value) => ({
  value,
  label: INSTITUTIONS[value].label,
}));

export const STATUS_OPTIONS = (["VALID", "UNCONFIRMED", "INVALID", "TOKEN_REQUIRED"] as const).map(
  (value) => ({ value, label: LINK_STATUS_LABELS[value] }),
);

export const FLAG_OPTIONS = FLAG_CODES.map((value) => ({
  value,
  label: QUEUE_FLAGS[value].label,
  hint: QUEUE_FLAGS[value].explanation,
}));

export const SCORE_OPTIONS = SCORE_BANDS.map((value) => ({
  value,
  label: scoreBandLabel(value),
}));

export const FRESHNESS_OPTIONS = FRESHNESS_VALUES.map((value) => ({
  value,
  label: FRESHNESS_LABELS[value],
}));

export const ASSIGNED_OPTIONS = [
  { value: "me", label: "Assigned to me" },
  { value: "unassigned", label: "Unassigned" },
] as const;
