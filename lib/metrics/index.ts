export { computeApplicantMetrics } from "./applicant-metrics";
export type { ApplicantMetrics, ComputeOptions, LastSalary } from "./applicant-metrics";
export type { DeclaredIncome } from "./declared-income";
export { DEFAULT_FIGURE_SETTINGS } from "./settings";
export type { FigureSettings } from "./settings";
export type { EmployerCounts } from "./employers";
export type { Gap } from "./gaps";
export type { Income } from "./income";
export type { RaisesAndCuts, SalaryChange, SalaryStep } from "./salary-trajectory";
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
