import type { SocialSecuritySummary } from "@/lib/belvo/types/employment-record";
import type { Formatter } from "@/lib/format";
import { dayOfInstant, toDay } from "@/lib/dates";
import type { Flag, Institution } from "./types";

export const DEFAULT_STALE_AFTER_DAYS = 30;

/**
 * Weeks redeemed follow a withdrawal from the retirement fund for unemployment: liquidity stress.
 * A risk while some are not yet reinstated, a warning once all are.
 */
export function redeemedWeeksFlag(options: {
  summary: SocialSecuritySummary | null | undefined;
  format: Formatter;
}): Flag | null {
  const redeemed = options.summary?.weeksRedeemed ?? 0;
  if (redeemed <= 0) return null;
  const reinstated = options.summary?.weeksReinstated ?? 0;
  const { format } = options;
  return {
    code: "redeemed-weeks",
    severity: reinstated >= redeemed ? "warning" : "risk",
    label: "Redeemed weeks",
    explanation: `${format.number(redeemed)} weeks redeemed after a retirement-fund withdrawal, ${format.number(reinstated)} reinstated.`,
  };
}

/** Collected more than `staleAfterDays` days before the as-of day. */
export function staleDataFlag(options: {
  collectedAt: string | null | undefined;
  asOf: string;
  staleAfterDays: number;
  format: Formatter;
}): Flag | null {
  if (!options.collectedAt) return null;
  const age = toDay(options.asOf) - dayOfInstant(options.collectedAt);
  if (age <= options.staleAfterDays) return null;
  const { format } = options;
  return {
    code: "stale-data",
    severity: "warning",
    label: "Stale data",
    explanation: `Collected on ${format.date(options.collectedAt)}, ${format.number(age)} days before ${format.date(options.asOf)} (over ${format.number(options.staleAfterDays)}).`,
  };
}

export function isssteFlag(institution: Institution): Flag | null {
  if (institution !== "issste") return null;
  return {
    code: "issste",
    severity: "info",
    label: "ISSSTE record",
    explanation: "ISSSTE records carry no weeks summary, and Belvo gives them no employment score.",
  };
}
