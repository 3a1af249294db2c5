import type { FlagCode } from "@/lib/metrics/types";

export type { FlagCode };

// The queue stores flag codes only; these are the generic one-liners shown beside them. The
// applicant page shows each flag's explanation with that applicant's own figures.
export const QUEUE_FLAGS: Record<
  FlagCode,
  { label: string; explanation: string; tone: "danger" | "warning" | "neutral" }
> = {
  "recent-exit": {
    label: "Recent exit",
    explanation: "Left their last job recently and has no open employment record.",
    tone: "danger",
  },
  "redeemed-weeks": {
    label: "Redeemed weeks",
    explanation: "Withdrew retirement savings for unemployment (weeks discounted by IMSS).",
    tone: "danger",
  },
  "recent-hire": {
    label: "Recent hire",
    explanation: "Started the current job less than 6 months ago.",
    tone: "warning",
  },
  "long-gap": {
    label: "Employment gap",
    explanation: "A gap of more than 3 months without formal employment.",
    tone: "warning",
  },
  "salary-cut": {
    label: "Salary cut",
    explanation: "The daily base salary went down (changes under 2% are ignored).",
    tone: "warning",
  },
  "stale-data": {
    label: "Stale data",
    explanation: "The records were collected long ago; refresh before deciding.",
    tone: "warning",
  },
  "capped-salary": {
    label: "Capped salary",
    explanation: "The salary sits at the 25-UMA ceiling: the real pay is at least this.",
    tone: "neutral",
  },
  issste: {
    label: "ISSSTE",
    explanation: "Public-sector record: no weeks summary and no employment score.",
    tone: "neutral",
  },
};

export const FLAG_CODES = Object.keys(QUEUE_FLAGS) as FlagCode[];
