import { INSTITUTIONS } from "@/lib/applicants/institutions";
import { QUEUE_FLAGS, FLAG_CODES } from "@/lib/applicants/queue-flags";
import {
  FRESHNESS_LABELS,
  FRESHNESS_VALUES,
  INSTITUTION_VALUES,
  SCORE_BANDS,
  SCORE_BAND_LABELS,
} from "@/lib/applicants/queue-options";

export const INSTITUTION_OPTIONS = INSTITUTION_VALUES.map((value) => ({
  value,
  label: INSTITUTIONS[value].label,
}));

export const STATUS_OPTIONS = [
  { value: "VALID", label: "Connected" },
  { value: "UNCONFIRMED", label: "Unconfirmed" },
  { value: "INVALID", label: "Invalid (reconnect)" },
  { value: "TOKEN_REQUIRED", label: "Token required (reconnect)" },
] as const;

export const FLAG_OPTIONS = FLAG_CODES.map((value) => ({
  value,
  label: QUEUE_FLAGS[value].label,
  hint: QUEUE_FLAGS[value].explanation,
}));

export const SCORE_OPTIONS = SCORE_BANDS.map((value) => ({
  value,
  label: SCORE_BAND_LABELS[value],
}));

export const FRESHNESS_OPTIONS = FRESHNESS_VALUES.map((value) => ({
  value,
  label: FRESHNESS_LABELS[value],
}));

export const ASSIGNED_OPTIONS = [
  { value: "me", label: "Assigned to me" },
  { value: "unassigned", label: "Unassigned" },
] as const;
