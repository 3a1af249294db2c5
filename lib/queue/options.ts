// The values each queue filter and sort accepts. The words for them live in the `queue` catalog
// (lib/i18n/messages/*/queue.json); components render them from these values.
import { FRESHNESS_DAYS } from "@/lib/metrics/data-age";
import {
  SCORE_BANDS as BANDS,
  scoreBandFilter,
  type ScoreBandFilter,
  type ScoreBandKey,
} from "@/lib/metrics/score-bands";
import { OPEN_STATUSES, type DecisionStatus } from "@/lib/applicant/decision-status";

export const INSTITUTION_VALUES = ["IMSS", "ISSSTE", "SANDBOX"] as const;
export const STATUS_VALUES = ["VALID", "INVALID", "UNCONFIRMED", "TOKEN_REQUIRED"] as const;
/** The 12-month score bands (lib/metrics/score-bands.ts), and records without a score. */
export const SCORE_BANDS: readonly ScoreBand[] = [...BANDS.map(scoreBandFilter), "none"];
export const FRESHNESS_VALUES = ["fresh", "aging", "stale", "none"] as const;
export const ASSIGNED_VALUES = ["me", "unassigned"] as const;
/** Monitored (a recurrent link, lib/alerts/monitoring.ts) or not. */
export const MONITORING_VALUES = ["on", "off"] as const;

/** The decision filter's URL values (`decision=pending,referred`), in the filter's order. */
export const DECISION_PARAMS = {
  PENDING: "pending",
  AWAITING_SIGN_OFF: "awaiting-sign-off",
  REFERRED: "referred",
  APPROVED: "approved",
  DECLINED: "declined",
} as const satisfies Record<DecisionStatus, string>;
/** `decision=all` lifts the worklist's default: every status. */
export const ALL_DECISIONS = "all";
/** The worklist: what the queue shows when its URL names no decision (work still open). */
export const WORKLIST_DECISIONS: readonly DecisionStatus[] = OPEN_STATUSES;
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

/** The link status filter's order, and each status's key under `queue.linkStatus`. */
export const LINK_STATUS_KEYS = {
  VALID: "valid",
  UNCONFIRMED: "unconfirmed",
  INVALID: "invalid",
  TOKEN_REQUIRED: "tokenRequired",
} as const satisfies Record<LinkStatusValue, string>;

export type ScoreBand = ScoreBandFilter | "none";
export type Freshness = (typeof FRESHNESS_VALUES)[number];
export type QueueSort = (typeof SORT_VALUES)[number];
export type PageSize = (typeof PAGE_SIZES)[number];

/**
 * What a score filter option says, as a catalog message and its values (`queue.scoreFilter.*`):
 * an open lowest band, a closed middle band, an open highest band, or no score at all.
 */
export type ScoreBandText =
  | { message: "below"; band: ScoreBandKey; values: { limit: number } }
  | { message: "between"; band: ScoreBandKey; values: { min: number; max: number } }
  | { message: "above"; band: ScoreBandKey; values: { min: number } }
  | { message: "none" };

export function scoreBandText(value: ScoreBand): ScoreBandText {
  const index = BANDS.findIndex((candidate) => scoreBandFilter(candidate) === value);
  const band = BANDS[index];
  if (!band) return { message: "none" };
  if (index === 0) return { message: "below", band: band.key, values: { limit: band.max + 1 } };
  if (index === BANDS.length - 1)
    return { message: "above", band: band.key, values: { min: band.min } };
  return { message: "between", band: band.key, values: { min: band.min, max: band.max } };
}

/** The numbers each freshness option's words (`queue.freshness.*`) take. */
export const FRESHNESS_TEXT_VALUES = {
  fresh: { days: FRESHNESS_DAYS.fresh },
  aging: { from: FRESHNESS_DAYS.fresh + 1, to: FRESHNESS_DAYS.aging },
  stale: { days: FRESHNESS_DAYS.aging },
  none: {},
} as const satisfies Record<Freshness, Record<string, number>>;
