import type { DecimalText } from "./common";
import type { EntitlementStatus } from "./employment-record";

export interface EmploymentMetrics {
  id: string;
  linkId: string;
  createdAt: string | null;
  collectedAt: string | null;
  updatedAt: string | null;
  referenceDate: string | null;
  age: number | null;
  currentStatus: EntitlementStatus | null;
  currentEmployerCount: number | null;
  lastDailySalary: DecimalText | null;
  weeksEmployedLastJob: number | null;
  weeksSinceLastJob: number | null;
  weeksEmployedTotal: number | null;
  weeksWithMultipleEmployers: number | null;
  weeksBetweenJobs: number | null;
  maxWeeksBetweenJobs: number | null;
  employerCount: number | null;
  uniqueEmployerCount: number | null;
  employersPerYear: number | null;
  /** Counts of salary changes above 2%, keyed by Belvo's window: lastJob, afterChange, overall, 1y, 3y, 5y. */
  salaryIncreases: Record<string, number | null>;
  salaryDecreases: Record<string, number | null>;
  /** Yearly salary change ratio per window (1y, 3y, 5y). */
  yearlyChange: Record<string, number | null>;
  /** Monthly salary min/average/max per window (1y, 3y, 5y). */
  monthlySalary: Record<
    string,
    { min: DecimalText | null; average: DecimalText | null; max: DecimalText | null }
  >;
}
