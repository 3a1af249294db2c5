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

// The queue stores flag codes only; beside each it shows the flag's label and one-line rule
// (`metrics.flags.<code>.label` and `.summary`) in this tone. The applicant page shows the same
// flags with that applicant's own figures.
export const QUEUE_FLAG_TONES = Object.fromEntries(
  FLAG_CODES.map((code) => [code, SEVERITY_TONE[FLAG_RULES[code].severity]]),
) as Record<FlagCode, FlagTone>;
