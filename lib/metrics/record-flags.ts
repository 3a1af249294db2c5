import type { SocialSecuritySummary } from "@/lib/belvo/types/employment-record";
import { flag } from "./employment-flags";
import type { DeclaredIncome } from "./declared-income";
import { sameName } from "./same-name";
import type { Flag, Institution } from "./types";

/**
 * Weeks redeemed follow a withdrawal from the retirement fund for unemployment: liquidity stress.
 * A risk while some are not yet reinstated; informational once all are. IMSS gives no date.
 */
export function redeemedWeeksFlag(summary: SocialSecuritySummary | null | undefined): Flag | null {
  const redeemed = summary?.weeksRedeemed ?? 0;
  if (redeemed <= 0) return null;
  const reinstated = summary?.weeksReinstated ?? 0;
  const code = reinstated >= redeemed ? "reinstated-weeks" : "redeemed-weeks";
  return flag(code, { redeemed, reinstated }, null);
}

export function isssteFlag(institution: Institution): Flag | null {
  return institution === "issste" ? flag("issste", {}, null) : null;
}

/** The name on the institution's record is not the one typed: the records may be someone else's. */
export function nameMismatchFlag(
  names: { typed: string; onRecord: string | null } | undefined,
  asOf: string,
): Flag | null {
  if (!names?.onRecord || sameName(names.typed, names.onRecord)) return null;
  return flag("name-mismatch", {}, asOf);
}

export function declaredIncomeFlag(declared: DeclaredIncome | null, asOf: string): Flag | null {
  if (!declared?.exceeds) return null;
  return flag(
    "declared-income-above",
    {
      declared: declared.declared,
      verified: declared.verified,
      above: declared.ratio === null ? null : declared.ratio - 1,
      tolerancePct: declared.tolerancePct,
    },
    asOf,
  );
}
