export { computeApplicantMetrics } from "./applicant-metrics";
export type { ApplicantMetrics, ComputeOptions, LastSalary } from "./applicant-metrics";
export type { EmployerCounts } from "./employers";
export type { Gap } from "./gaps";
export type { Income } from "./income";
export type { RaisesAndCuts, SalaryStep } from "./salary-trajectory";
export type { DayCount } from "./tenure";
export type {
  CurrentJob,
  EmploymentStatus,
  Flag,
  FlagCode,
  FlagSeverity,
  Institution,
  JobInput,
  MetricsInput,
  MovementInput,
} from "./types";
