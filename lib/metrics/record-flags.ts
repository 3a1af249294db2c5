import type { SocialSecuritySummary } from "@/lib/belvo/types/employment-record";
import type { Formatter } from "@/lib/format";
import { flag } from "./employment-flags";
import type { DeclaredIncome } from "./declared-income";
import type { Flag, Institution } from "./types";

/**
 * Weeks redeemed follow a withdrawal from the retirement fund for unemployment: liquidity stress.
 * A risk while some are not yet reinstated; informational once all are.
 */
export function redeemedWeeksFlag(options: {
  summary: SocialSecuritySummary | null | undefined;
  format: Formatter;
}): Flag | null {
  const redeemed = options.summary?.weeksRedeemed ?? 0;
  if (redeemed <= 0) return null;
  const reinstated = options.summary?.weeksReinstated ?? 0;
  const { format } = options;
  const explanation = `${format.number(redeemed)} weeks redeemed after a retirement-fund withdrawal, ${format.number(reinstated)} reinstated (IMSS gives no date).`;
  return flag(reinstated >= redeemed ? "reinstated-weeks" : "redeemed-weeks", explanation, null);
}

export function isssteFlag(institution: Institution): Flag | null {
  if (institution !== "issste") return null;
  return flag(
    "issste",
    "ISSSTE records carry no weeks summary, and Belvo gives them no employment score.",
    null,
  );
}

export function declaredIncomeFlag(
  declared: DeclaredIncome | null,
  context: { asOf: string; format: Formatter },
): Flag | null {
  if (!declared?.exceeds) return null;
  const { format } = context;
  const verified =
    declared.verified === null
      ? "no verified income (no open job with a known salary)"
      : `a verified ${format.money(declared.verified)}`;
  const by = declared.ratio === null ? "" : `, ${format.percent(declared.ratio - 1)} more`;
  return flag(
    "declared-income-above",
    `Declared ${format.money(declared.declared)} a month against ${verified}${by}; the tolerance is ${format.number(declared.tolerancePct)}%.`,
    context.asOf,
  );
}
