// The values each queue filter and sort accepts, with the words the UI shows for them.
import { FRESHNESS_DAYS } from "@/lib/metrics/data-age";
import {
  SCORE_BANDS as BANDS,
  scoreBandFilter,
  scoreBandFilterLabel,
  type ScoreBandFilter,
} from "@/lib/metrics/score-bands";

export const INSTITUTION_VALUES = ["IMSS", "ISSSTE", "SANDBOX"] as const;
export const STATUS_VALUES = ["VALID", "INVALID", "UNCONFIRMED", "TOKEN_REQUIRED"] as const;
/** The 12-month score bands (lib/metrics/score-bands.ts), and records without a score. */
export const SCORE_BANDS: readonly ScoreBand[] = [...BANDS.map(scoreBandFilter), "none"];
export const FRESHNESS_VALUES = ["fresh", "aging", "stale", "none"] as const;
export const ASSIGNED_VALUES = ["me", "unassigned"] as const;
export const SORT_VALUES = [
  "createdAt",
  "name",
  "monthlyIncome",
  "tenure",
  "score12",
  "dataAsOf",
] as const;
export const PAGE_SIZES = [25, 50, 100] as const;

export type LinkStatusValue = (typeof STATUS_VALUES)[number];

export const LINK_STATUS_LABELS: Record<LinkStatusValue, string> = {
  VALID: "Connected",
  UNCONFIRMED: "Unconfirmed",
  INVALID: "Invalid (reconnect)",
  TOKEN_REQUIRED: "Token required (reconnect)",
};

export type ScoreBand = ScoreBandFilter | "none";
export type Freshness = (typeof FRESHNESS_VALUES)[number];
export type QueueSort = (typeof SORT_VALUES)[number];
export type PageSize = (typeof PAGE_SIZES)[number];

/** The words a score filter shows: the band's own label, or that there is no score. */
export function scoreBandLabel(value: ScoreBand): string {
  const band = BANDS.find((candidate) => scoreBandFilter(candidate) === value);
  return band ? scoreBandFilterLabel(band) : "No score (ISSSTE or no records)";
}

export const SCORE_LEGEND = `Score: Belvo's employability score for the next 12 months, 300–900, higher is better (IMSS only). Bands: ${BANDS.map(
  (band) => `${band.min}–${band.max} ${band.label.toLowerCase()}`,
).join(", ")}; the cut points are Cotiza's, for triage.`;

/** How long ago the employment records were collected. */
export const FRESHNESS_LABELS: Record<Freshness, string> = {
  fresh: `Fresh · ${FRESHNESS_DAYS.fresh} days or less`,
  aging: `Aging · ${FRESHNESS_DAYS.fresh + 1}–${FRESHNESS_DAYS.aging} days`,
  stale: `Stale · over ${FRESHNESS_DAYS.aging} days`,
  none: "No records yet",
};
