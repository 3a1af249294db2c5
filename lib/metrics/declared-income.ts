import type { DecimalText } from "@/lib/belvo/types/common";
import { toCents } from "./cents";
import type { Income } from "./income";

export interface DeclaredIncome {
  /** What the applicant said they earn a month. */
  declared: DecimalText;
  /** The verified monthly income (`Income.monthlyIncome`); null without one. */
  verified: DecimalText | null;
  /** declared ÷ verified; null without a verified income. */
  ratio: number | null;
  tolerancePct: number;
  /**
   * The verified figure is a floor, so a higher declaration fits it: a salary at the 25-UMA cap,
   * or an open job without a known salary.
   */
  verifiedIsFloor: boolean;
  /** Declared above verified by more than the tolerance (never when verified is only a floor). */
  exceeds: boolean;
}

/** Compares the declared monthly income with the verified one; null when nothing was declared. */
export function compareDeclaredIncome(options: {
  declared: DecimalText | null | undefined;
  income: Income | null;
  tolerancePct: number;
}): DeclaredIncome | null {
  const { declared, income, tolerancePct } = options;
  if (!declared) return null;
  const declaredCents = toCents(declared);
  const verifiedCents = income ? toCents(income.monthlyIncome) : null;
  const floor = income ? income.atLeast || !income.complete : false;
  // declared > verified × (1 + tolerance ÷ 100), in integers.
  const exceeds =
    verifiedCents === null
      ? declaredCents > 0
      : !floor && declaredCents * 100 > verifiedCents * (100 + tolerancePct);
  return {
    declared,
    verified: income?.monthlyIncome ?? null,
    ratio: verifiedCents ? declaredCents / verifiedCents : null,
    tolerancePct,
    verifiedIsFloor: floor,
    exceeds,
  };
}
