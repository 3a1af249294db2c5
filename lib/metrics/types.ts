import type { DecimalText } from "@/lib/belvo/types/common";
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
}

export type Institution = "imss" | "issste";

export interface MetricsInput {
  jobs: readonly JobInput[];
  /** `YYYY-MM-DD`: every figure is computed as of this day, never "today". */
  asOf: string;
  institution: Institution;
  socialSecuritySummary?: SocialSecuritySummary | null;
  /** Belvo's entitlement status; only RETIRED is used (see status.ts). */
  entitlementStatus?: string | null;
  /** When Belvo collected the data: a date or an ISO timestamp. */
  collectedAt?: string | null;
}

export type EmploymentStatus = "employed" | "unemployed" | "retired";

export type FlagSeverity = "info" | "warning" | "risk";

export type FlagCode =
  | "recent-hire"
  | "recent-exit"
  | "long-gap"
  | "salary-cut"
  | "redeemed-weeks"
  | "capped-salary"
  | "stale-data"
  | "issste";

export interface Flag {
  code: FlagCode;
  severity: FlagSeverity;
  label: string;
  explanation: string;
}

export interface CurrentJob {
  employer: string;
  employerId: string | null;
  startDate: string;
  tenureDays: number;
  /** Latest daily SBC; null when Belvo gave no salary for this job. */
  dailySalary: DecimalText | null;
  /** `dailySalary` × 30.4. */
  monthlySalary: DecimalText | null;
  /** The day that salary took effect: the cap is the one in force then. */
  salaryDate: string | null;
  /** The IMSS 25-UMA ceiling on `salaryDate`; null for ISSSTE, which that ceiling does not bind. */
  capDaily: DecimalText | null;
  /** At the ceiling: the real pay is at least this, not exactly this. */
  capped: boolean;
}
