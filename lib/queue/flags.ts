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

// The queue stores flag codes only; beside each it shows the flag table's label and rule. The
// applicant page shows the same flags with that applicant's own figures.
export const QUEUE_FLAGS = Object.fromEntries(
  FLAG_CODES.map((code) => {
    const rule = FLAG_RULES[code];
    return [
      code,
      { label: rule.label, explanation: rule.summary, tone: SEVERITY_TONE[rule.severity] },
    ];
  }),
) as Record<FlagCode, { label: string; explanation: string; tone: FlagTone }>;
