// The one table of flags: each code's severity, threshold and words. The applicant page, the
// queue, the CSV exports and (later) reports and alerts all read it, so one flag means the same
// everywhere. A code has one severity: a harder situation gets its own code (jobless over
// 3 months is a risk, a recent exit a warning), and an old event a milder one (old-gap).

export type FlagSeverity = "info" | "warning" | "risk";

/** The fixed thresholds; the flag window and the declared-income tolerance are settings. */
export const FLAG_THRESHOLDS = {
  /** A main job that started less than this many months before the data is a recent hire. */
  recentHireMonths: 6,
  /** Jobless for up to this many months is a recent exit; longer is `jobless`. */
  recentExitMonths: 3,
  /** A gap between jobs counts when it lasts more than this many months. */
  gapMonths: 3,
  /** A salary cut counts when dated within this many months before the data. */
  salaryCutMonths: 12,
  /** Salary changes of this percentage or less are ignored (as Belvo's metrics do). */
  salaryStepPercent: 2,
} as const;

export interface FlagRule {
  severity: FlagSeverity;
  label: string;
  /** The rule in one line, with its threshold: the queue's tooltip and the CSV's legend. */
  summary: string;
}

const T = FLAG_THRESHOLDS;

/** Most severe first; within a severity, the order a reader should see them in. */
export const FLAG_RULES = {
  jobless: {
    severity: "risk",
    label: "Jobless",
    summary: `No open employment record for more than ${T.recentExitMonths} months.`,
  },
  "redeemed-weeks": {
    severity: "risk",
    label: "Redeemed weeks",
    summary:
      "Withdrew retirement savings for unemployment (weeks discounted by IMSS), not all reinstated.",
  },
  "recent-exit": {
    severity: "warning",
    label: "Recent exit",
    summary: `Left the last job up to ${T.recentExitMonths} months before the data and has no open employment record.`,
  },
  "recent-hire": {
    severity: "warning",
    label: "Recent hire",
    summary: `The main current job started less than ${T.recentHireMonths} months before the data.`,
  },
  "past-gap": {
    severity: "warning",
    label: "Employment gap",
    summary: `More than ${T.gapMonths} months without formal employment between two jobs, ended within the flag window.`,
  },
  "salary-cut": {
    severity: "warning",
    label: "Salary cut",
    summary: `A current job's daily salary fell more than ${T.salaryStepPercent}% in the ${T.salaryCutMonths} months before the data and has not recovered.`,
  },
  "declared-income-above": {
    severity: "warning",
    label: "Declared income above verified",
    summary:
      "The income the applicant declared exceeds the verified income by more than the tolerance.",
  },
  "reinstated-weeks": {
    severity: "info",
    label: "Redeemed weeks, reinstated",
    summary:
      "Withdrew retirement savings for unemployment once; every redeemed week was reinstated.",
  },
  "old-gap": {
    severity: "info",
    label: "Old employment gap",
    summary: `More than ${T.gapMonths} months without formal employment, ended before the flag window.`,
  },
  "capped-salary": {
    severity: "info",
    label: "Capped salary",
    summary: "The reported salary sits at the 25-UMA ceiling: the real pay is at least this.",
  },
  issste: {
    severity: "info",
    label: "ISSSTE record",
    summary: "Public-sector record: no weeks summary and no employment score.",
  },
} as const satisfies Record<string, FlagRule>;

export type FlagCode = keyof typeof FLAG_RULES;

export const FLAG_CODES = Object.keys(FLAG_RULES) as FlagCode[];

export function isFlagCode(value: string): value is FlagCode {
  return Object.hasOwn(FLAG_RULES, value);
}

export function flagRule(code: FlagCode): FlagRule {
  return FLAG_RULES[code];
}

const SEVERITY_RANK: Record<FlagSeverity, number> = { risk: 0, warning: 1, info: 2 };

/** Flag codes in the table's order: most severe first. */
export function byFlagOrder(a: FlagCode, b: FlagCode): number {
  return FLAG_CODES.indexOf(a) - FLAG_CODES.indexOf(b);
}

export function bySeverity(a: FlagSeverity, b: FlagSeverity): number {
  return SEVERITY_RANK[a] - SEVERITY_RANK[b];
}
