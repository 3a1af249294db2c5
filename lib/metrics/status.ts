import { toDay } from "@/lib/dates";
import { isOpenOn } from "./intervals";
import type { EmploymentStatus, JobInput } from "./types";

/**
 * Retired comes only from Belvo's entitlement status. Employed and unemployed come from the jobs,
 * not from the entitlement, because IMSS keeps the entitlement for weeks after a baja.
 */
export function currentStatus(options: {
  jobs: readonly JobInput[];
  asOf: string;
  entitlementStatus?: string | null;
}): EmploymentStatus {
  if (options.entitlementStatus?.toUpperCase() === "RETIRED") return "retired";
  return openJobs(options.jobs, options.asOf).length > 0 ? "employed" : "unemployed";
}

/** Jobs open on the as-of day, longest-held first. */
export function openJobs(jobs: readonly JobInput[], asOf: string): JobInput[] {
  const day = toDay(asOf);
  return jobs
    .filter((job) => isOpenOn(job, day))
    .sort((a, b) => toDay(a.startDate) - toDay(b.startDate));
}

/** Days from the hiring day to the as-of day (0 on the hiring day itself). */
export function tenureDays(job: JobInput, asOf: string): number {
  return toDay(asOf) - toDay(job.startDate);
}

/** Tenure at the current employer: with several open jobs, the longest; null with none. */
export function currentTenureDays(jobs: readonly JobInput[], asOf: string): number | null {
  const [longest] = openJobs(jobs, asOf);
  return longest ? tenureDays(longest, asOf) : null;
}
