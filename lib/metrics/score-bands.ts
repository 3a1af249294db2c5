// Belvo's employment score runs from 300 to 900 (higher is better). Belvo publishes no official
// bands, so these are Cotiza's, chosen to read like the credit-bureau scale underwriters know:
// 300–549 high risk, 550–649 elevated, 650–749 moderate, 750–900 low. Change them here only;
// their words are in the catalogs (metrics.scoreBands.<key>).

export type ScoreBandKey = "high" | "elevated" | "moderate" | "low";

export interface ScoreBand {
  key: ScoreBandKey;
  min: number;
  max: number;
}

export const SCORE_MIN = 300;
export const SCORE_MAX = 900;

export const SCORE_BANDS: readonly ScoreBand[] = [
  {
    key: "high",
    min: 300,
    max: 549,
  },
  {
    key: "elevated",
    min: 550,
    max: 649,
  },
  {
    key: "moderate",
    min: 650,
    max: 749,
  },
  {
    key: "low",
    min: 750,
    max: 900,
  },
];

/** The band a score falls in; scores outside 300–900 are clamped (Belvo should never send them). */
export function scoreBand(score: number): ScoreBand {
  const clamped = Math.min(Math.max(Math.round(score), SCORE_MIN), SCORE_MAX);
  return SCORE_BANDS.find((band) => clamped <= band.max) ?? (SCORE_BANDS.at(-1) as ScoreBand);
}

/** Where a score sits on the gauge, from 0 (300) to 1 (900). */
export function scoreFraction(score: number): number {
  const clamped = Math.min(Math.max(score, SCORE_MIN), SCORE_MAX);
  return (clamped - SCORE_MIN) / (SCORE_MAX - SCORE_MIN);
}

/** How a band reads in the queue's URL and filters: `under-550`, `550-649`, `750-plus`. */
export type ScoreBandFilter = `under-${number}` | `${number}-${number}` | `${number}-plus`;

const isFirst = (band: ScoreBand) => band === SCORE_BANDS[0];
const isLast = (band: ScoreBand) => band === SCORE_BANDS.at(-1);

export function scoreBandFilter(band: ScoreBand): ScoreBandFilter {
  if (isFirst(band)) return `under-${band.max + 1}`;
  if (isLast(band)) return `${band.min}-plus`;
  return `${band.min}-${band.max}`;
}

/** The scores a band holds, open at the ends (a score off the 300–900 scale is clamped). */
export function scoreBandRange(band: ScoreBand): { gte?: number; lt?: number } {
  return {
    ...(isFirst(band) ? {} : { gte: band.min }),
    ...(isLast(band) ? {} : { lt: band.max + 1 }),
  };
}
