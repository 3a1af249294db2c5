// The values each queue filter and sort accepts, with the words the UI shows for them.

export const INSTITUTION_VALUES = ["IMSS", "ISSSTE", "SANDBOX"] as const;
export const STATUS_VALUES = ["VALID", "INVALID", "UNCONFIRMED", "TOKEN_REQUIRED"] as const;
export const SCORE_BANDS = ["under-550", "550-649", "650-749", "750-plus", "none"] as const;
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

export type ScoreBand = (typeof SCORE_BANDS)[number];
export type Freshness = (typeof FRESHNESS_VALUES)[number];
export type QueueSort = (typeof SORT_VALUES)[number];
export type PageSize = (typeof PAGE_SIZES)[number];

/**
 * Bands of Belvo's 12-month employability score (300–900, higher is better). The cut points are
 * Cotiza's own, for triage; Belvo publishes no bands.
 */
export const SCORE_BAND_LABELS: Record<ScoreBand, string> = {
  "under-550": "Score below 550 · weak",
  "550-649": "Score 550–649 · fair",
  "650-749": "Score 650–749 · good",
  "750-plus": "Score 750+ · strong",
  none: "No score (ISSSTE or no records)",
};

export const SCORE_LEGEND =
  "Score: Belvo's employability score for the next 12 months, 300–900, higher is better (IMSS only). Bands: below 550 weak, 550–649 fair, 650–749 good, 750+ strong; the cut points are Cotiza's, for triage.";

/** How long ago the employment records were collected. */
export const FRESHNESS_LABELS: Record<Freshness, string> = {
  fresh: "Fresh · 30 days or less",
  aging: "Aging · 31–90 days",
  stale: "Stale · over 90 days",
  none: "No records yet",
};
