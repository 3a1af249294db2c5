// The one table of flags: each code's severity and thresholds; its words are in the catalogs
// (metrics.flags.<code>). The applicant page, the queue, the CSV exports and (later) reports and
// alerts all read it, so one flag means the same everywhere. A code has one severity: a harder situation gets its own code (jobless over
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
  /** A main job that started fewer than this many days before the application is "new". */
  newEmployerDays: 60,
  /** …and pays at least this many times the best salary of any earlier job (or ended a gap). */
  newEmployerSalaryRatio: 1.5,
  /** A gap "ends at" the new job when its last day is within this many days before the start. */
  newEmployerGapSlackDays: 31,
  /** Voluntary contributions (Modalidad 40) count when dated within this many months. */
  voluntaryContributionMonths: 24,
  /** Fewer weeks contributed than this (a year) is a thin file. */
  thinFileWeeks: 52,
} as const;

export interface FlagRule {
  severity: FlagSeverity;
}

/**
 * Most severe first; within a severity, the order a reader should see them in. Each code's label,
 * one-line rule and explanation live in the catalogs (`metrics.flags.<code>`), with the thresholds
 * above as their values.
 */
export const FLAG_RULES = {
  "name-mismatch": { severity: "risk" },
  "shared-nss": { severity: "risk" },
  jobless: { severity: "risk" },
  "redeemed-weeks": { severity: "risk" },
  "recent-exit": { severity: "warning" },
  "recent-hire": { severity: "warning" },
  "new-employer-before-applying": { severity: "warning" },
  "employer-concentration": { severity: "warning" },
  "past-gap": { severity: "warning" },
  "salary-cut": { severity: "warning" },
  "declared-income-above": { severity: "warning" },
  "voluntary-contributions": { severity: "warning" },
  retired: { severity: "warning" },
  "thin-file": { severity: "warning" },
  "reinstated-weeks": { severity: "info" },
  "old-gap": { severity: "info" },
  "capped-salary": { severity: "info" },
  issste: { severity: "info" },
} as const satisfies Record<string, FlagRule>;

export type FlagCode = keyof typeof FLAG_RULES;

/**
 * The risk signals (fraud patterns and income that is not an employer's): an underwriter who has
 * looked into one may dismiss it for an applicant, with a reason (lib/signals/dismissals.ts).
 */
export const SIGNAL_CODES = [
  "name-mismatch",
  "shared-nss",
  "new-employer-before-applying",
  "employer-concentration",
  "voluntary-contributions",
  "retired",
  "thin-file",
] as const satisfies readonly FlagCode[];

export type SignalCode = (typeof SIGNAL_CODES)[number];

export function isSignalCode(value: string): value is SignalCode {
  return (SIGNAL_CODES as readonly string[]).includes(value);
}

/** The signals read across applicants (SQL over the stored summaries, lib/signals/portfolio.ts). */
export const PORTFOLIO_SIGNAL_CODES = ["shared-nss", "employer-concentration"] as const;

export const FLAG_CODES = Object.keys(FLAG_RULES) as FlagCode[];

export function isFlagCode(value: string): value is FlagCode {
  return Object.hasOwn(FLAG_RULES, value);
}

/** Flag codes in the table's order: most severe first. */
export function byFlagOrder(a: FlagCode, b: FlagCode): number {
  return FLAG_CODES.indexOf(a) - FLAG_CODES.indexOf(b);
}
