import type { CareerView } from "./career-view";
import { createRng } from "./prng";

export const SCORE_MODEL_VERSION = "1.0";

export type EmploymentScore = { score: number | null; period: 3 | 6 | 12; version: string };

/**
 * A plausible 300–900 employability score: tenure and contributed weeks push it up, being out of
 * work and redeemed weeks pull it down; longer horizons regress toward the middle.
 */
export function employmentScores(curp: string, view: CareerView): EmploymentScore[] {
  const periods = [3, 6, 12] as const;
  if (view.jobs.length === 0)
    return periods.map((period) => ({ score: null, period, version: SCORE_MODEL_VERSION }));
  const rng = createRng(`score:${curp}:${view.today.slice(0, 7)}`);
  const current = view.jobs.filter((job) => job.end === null);
  const tenure = Math.max(0, ...current.map((job) => job.weeks));
  let base = 560 + Math.min(tenure, 520) * 0.35 + Math.min(view.weeksContributed, 1500) * 0.05;
  if (view.status !== "EMPLOYED") base -= 170;
  if (view.weeksRedeemed > 0) base -= 45;
  if (tenure < 26 && view.status === "EMPLOYED") base -= 60;
  return periods.map((period) => {
    const pull = period === 3 ? 1 : period === 6 ? 0.9 : 0.8;
    const raw = 600 + (base - 600) * pull + rng.int(-15, 15);
    return {
      score: Math.round(Math.min(900, Math.max(300, raw))),
      period,
      version: SCORE_MODEL_VERSION,
    };
  });
}
