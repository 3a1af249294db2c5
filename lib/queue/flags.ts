import { FLAG_CODES, FLAG_RULES } from "@/lib/metrics/flag-rules";
import type { FlagCode, FlagSeverity } from "@/lib/metrics/flag-rules";

export type { FlagCode };
export { FLAG_CODES };

export type FlagTone = "danger" | "warning" | "neutral";

export const SEVERITY_TONE: Record<FlagSeverity, FlagTone> = {
  risk: "danger",
  warning: "warning",
  info: "neutral",
};

/** The badge tone of a flag: its severity's, from the one flag table. */
export function flagTone(code: FlagCode): FlagTone {
  return SEVERITY_TONE[FLAG_RULES[code].severity];
}
