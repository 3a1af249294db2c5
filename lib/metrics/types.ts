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
}

export type EmploymentStatus = "employed" | "unemployed" | "retired";

export type { FlagCode, FlagSeverity } from "./flag-rules";

export interface Flag {
  code: FlagCode;
  severity: FlagSeverity;
  label: string;
  /** This applicant's own figures, and when it happened. */
  explanation: string;
  /** `YYYY-MM-DD` the event happened (started), or null for a standing fact (ISSSTE). */
  since: string | null;
}

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
