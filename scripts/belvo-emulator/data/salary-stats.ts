import type { SalaryEvent } from "./career";
import type { JobView } from "./career-view";

/** Belvo counts only changes above 2% (reference §3.7). */
const SIGNIFICANT = 0.02;

export function salaryChanges(
  events: readonly SalaryEvent[],
  from: string,
): { increases: number; decreases: number } {
  const ordered = [...events].sort((a, b) => (a.date < b.date ? -1 : 1));
  let increases = 0;
  let decreases = 0;
  for (let i = 1; i < ordered.length; i += 1) {
    const prev = ordered[i - 1];
    const cur = ordered[i];
    if (!prev || !cur || cur.date < from || cur.event === "HIRED" || prev.salary <= 0) continue;
    const change = cur.salary / prev.salary - 1;
    if (change > SIGNIFICANT) increases += 1;
    else if (change < -SIGNIFICANT) decreases += 1;
  }
  return { increases, decreases };
}

/** Total daily salary across the jobs open on a date (concurrent jobs add up). */
export function salaryOn(jobs: readonly JobView[], date: string): number | null {
  let total = 0;
  let any = false;
  for (const job of jobs) {
    if (job.start > date || (job.end !== null && job.end < date)) continue;
    const event = [...job.events].reverse().find((item) => item.date <= date);
    if (event) {
      total += event.salary;
      any = true;
    }
  }
  return any ? Math.round(total * 100) / 100 : null;
}

/** Min / average / max monthly salary sampled at each month start in the window. */
export function windowStats(
  jobs: readonly JobView[],
  from: string,
  to: string,
  monthly: (daily: number) => number,
): { min: number | null; average: number | null; max: number | null } {
  const samples: number[] = [];
  let cursor = `${from.slice(0, 7)}-01`;
  while (cursor <= to) {
    const daily = salaryOn(jobs, cursor < from ? from : cursor);
    if (daily !== null) samples.push(monthly(daily));
    const [y, m] = cursor.split("-").map(Number);
    const next = new Date(Date.UTC(y ?? 2000, m ?? 1, 1));
    cursor = next.toISOString().slice(0, 10);
  }
  if (samples.length === 0) return { min: null, average: null, max: null };
  const average = samples.reduce((sum, value) => sum + value, 0) / samples.length;
  return {
    min: Math.min(...samples),
    average: Math.round(average * 100) / 100,
    max: Math.max(...samples),
  };
}
