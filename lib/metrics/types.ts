import type { DecimalText } from "@/lib/belvo/types/common";
import type { FlagCode, FlagSeverity } from "./flag-rules";
import type { SocialSecuritySummary } from "@/lib/belvo/types/employment-record";

// Structural subsets of lib/belvo's EmploymentJob / JobMovement, so the metrics can be fed from
// the database or a test without building a whole snapshot.

export interface MovementInput {
  event: string;
  dailySalary: DecimalText | null;
  /** `YYYY-MM-DD`. */
  date: string;
}

export interface JobInput {
  employer: string;
  employerId: string | null;
  /** `YYYY-MM-DD`. */
  startDate: string;
  /** `YYYY-MM-DD`; null while the job is open. */
  endDate: string | null;
  movements: readonly MovementInput[];
  /** Used only when no movement carries a salary on or before the as-of date. */
  mostRecentDailySalary?: DecimalText | null;
  /** ISSSTE reports a monthly salary (its daily one is that ÷ 30): the monthly income uses it. */
  reportedMonthlySalary?: DecimalText | null;
}

export type Institution = "imss" | "issste";

export interface MetricsInput {
  jobs: readonly JobInput[];
  /**
   * `YYYY-MM-DD`: every figure is computed as of this day, the day the data was collected (in the
   * organization's time zone), never "today".
   */
  asOf: string;
  institution: Institution;
  socialSecuritySummary?: SocialSecuritySummary | null;
  /** Belvo's entitlement status; only RETIRED is used (see status.ts). */
  entitlementStatus?: string | null;
  /** The monthly income the applicant declared, compared with the verified one. */
  declaredMonthlyIncome?: DecimalText | null;
  /** The name typed when the applicant was added, and the one on the institution's record. */
  names?: { typed: string; onRecord: string | null };
  /** The day (`YYYY-MM-DD`, organization's zone) the applicant applied: was added to Cotiza. */
  appliedOn?: string;
}

export type EmploymentStatus = "employed" | "unemployed" | "retired";

export type { FlagCode, FlagSeverity } from "./flag-rules";

/**
 * This applicant's own figures behind each flag, as data: amounts as decimal text, days as
 * `YYYY-MM-DD`, ratios as numbers. The words come from the message catalogs
 * (`metrics.flags.<code>.explanation`, lib/i18n/flag-text.ts).
 */
export interface FlagFacts {
  "recent-hire": { employer: string; startDate: string; days: number };
  "recent-exit": { employer: string; endDate: string };
  jobless: { employer: string; endDate: string; weeks: number };
  "past-gap": { from: string; to: string; weeks: number };
  "old-gap": { from: string; to: string; weeks: number; windowMonths: number };
  "salary-cut": {
    employer: string;
    change: number;
    from: DecimalText;
    to: DecimalText;
    date: string;
    count: number;
  };
  "capped-salary": {
    jobs: { employer: string; daily: DecimalText; cap: DecimalText; date: string }[];
  };
  "redeemed-weeks": { redeemed: number; reinstated: number };
  "reinstated-weeks": { redeemed: number; reinstated: number };
  "declared-income-above": {
    declared: DecimalText;
    verified: DecimalText | null;
    /** declared ÷ verified − 1; null without a verified income. */
    above: number | null;
    tolerancePct: number;
  };
  "new-employer-before-applying": {
    employer: string;
    startDate: string;
    /** The day the applicant applied (was added to Cotiza). */
    appliedOn: string;
    /** Days from the job's start to the application. */
    days: number;
    /** Why a new job is suspicious: it ended a long gap, or it pays more than any job before. */
    reason: "gap" | "salary";
    gapWeeks: number | null;
    daily: DecimalText | null;
    previousMaxDaily: DecimalText | null;
  };
  "voluntary-contributions": { employer: string; date: string };
  retired: Record<string, never>;
  "thin-file": { weeks: number };
  /**
   * Applicants (distinct CURPs, this one included) whose main current job is at this registro
   * patronal and who applied within `days` days of this applicant; flagged above `limit`.
   */
  "employer-concentration": {
    employer: string;
    employerId: string;
    applicants: number;
    days: number;
    limit: number;
    others: { id: string; reference: string }[];
  };
  /** Other applicants in Cotiza whose newest record has this applicant's NSS under another CURP. */
  "shared-nss": { others: { id: string; reference: string }[] };
  issste: Record<string, never>;
  /** The names themselves stay out of the facts: the page shows both beside each other. */
  "name-mismatch": Record<string, never>;
}

export type Flag = {
  [C in FlagCode]: {
    code: C;
    severity: FlagSeverity;
    /** `YYYY-MM-DD` the event happened (started), or null for a standing fact (ISSSTE). */
    since: string | null;
    facts: FlagFacts[C];
  };
}[FlagCode];

export interface CurrentJob {
  employer: string;
  employerId: string | null;
  startDate: string;
  tenureDays: number;
  /** Latest daily SBC; null when Belvo gave no salary for this job. */
  dailySalary: DecimalText | null;
  /** IMSS: `dailySalary` × 30.4. ISSSTE: the monthly salary it reports (else daily × 30). */
  monthlySalary: DecimalText | null;
  /** The day that salary took effect: the cap is the one in force then. */
  salaryDate: string | null;
  /**
   * The IMSS 25-UMA ceiling on `salaryDate`; null for ISSSTE, which that ceiling does not bind,
   * and when that year has no reference values.
   */
  capDaily: DecimalText | null;
  /** At the ceiling: the real pay is at least this, not exactly this. */
  capped: boolean;
}
