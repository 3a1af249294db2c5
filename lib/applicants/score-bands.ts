// Belvo's employment score runs from 300 to 900 (higher is better). Belvo publishes no official
// bands, so these are Cotiza's, chosen to read like the credit-bureau scale underwriters know:
// 300–549 high risk, 550–649 elevated, 650–749 moderate, 750–900 low. Change them here only.

export type ScoreBandKey = "high" | "elevated" | "moderate" | "low";

export interface ScoreBand {
  key: ScoreBandKey;
  label: string;
  min: number;
  max: number;
  meaning: string;
}

export const SCORE_MIN = 300;
export const SCORE_MAX = 900;

export const SCORE_BANDS: readonly ScoreBand[] = [
  {
    key: "high",
    label: "High risk",
    min: 300,
    max: 549,
    meaning: "Formal employment likely to be lost or interrupted in the period.",
  },
  {
    key: "elevated",
    label: "Elevated risk",
    min: 550,
    max: 649,
    meaning: "Below-average stability; check recent movements and gaps.",
  },
  {
    key: "moderate",
    label: "Moderate risk",
    min: 650,
    max: 749,
    meaning: "Average stability for a formally employed person.",
  },
  {
    key: "low",
    label: "Low risk",
    min: 750,
    max: 900,
    meaning: "Formal employment very likely to continue through the period.",
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
