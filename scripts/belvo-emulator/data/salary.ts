import { nearestMinimumWageOn, nearestSbcCapOn } from "../../../lib/metrics/reference-values";
import type { Incidence, Sector, SalaryEvent, StatusEvent } from "./career";
import type { Rng } from "./prng";
import { typicalWageOn } from "./typical-wage";

/** Rounds to cents while keeping the amount inside [minimum wage, 25-UMA cap] of its date. */
export function clampSalary(value: number, date: string): number {
  const floor = Math.ceil(nearestMinimumWageOn(date) * 100) / 100;
  const cap = nearestSbcCapOn(date);
  return Math.min(Math.max(Math.round(value * 100) / 100, floor), cap);
}

export type SalaryPlan = {
  sector: Sector;
  start: string;
  /** Last day of the job, or null when it runs past the horizon. */
  end: string | null;
  horizon: string;
  /** Starting salary as a multiple of the typical (average) SBC of the start date. */
  level: number;
  /** Extra dated raises (fraction, e.g. 0.15), used by personas that change on a refresh. */
  raises?: { date: string; fraction: number }[];
  /** Extra dated incidences (IMSS movements that keep the salary), used by personas. */
  incidences?: { date: string; event: Incidence }[];
};

type Step = {
  date: string;
  event: StatusEvent;
  next: (salary: number) => number;
  capCheck?: boolean;
};

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

/**
 * Movements of one job in date order: the hire, yearly January updates (IMSS obliges employers to
 * keep the SBC above the new minimum wage), a February update when the new UMA lifts the cap,
 * occasional promotions, cuts and incidences, and the separation when the job ends.
 */
export function salaryEvents(rng: Rng, plan: SalaryPlan): SalaryEvent[] {
  const issste = plan.sector === "issste";
  const change: StatusEvent = issste ? "NORMAL" : "SALARY_MODIFICATION";
  const last = plan.end ?? plan.horizon;
  const steps: Step[] = [];
  for (let year = Number(plan.start.slice(0, 4)) + 1; `${year}-01-01` < last; year += 1) {
    const january = `${year}-01-${pad(rng.int(2, 10))}`;
    const market = typicalWageOn(january) / typicalWageOn(`${year - 1}-06-30`);
    const factor = rng.chance(0.05) ? 1 - rng.between(0.03, 0.1) : market * rng.between(0.98, 1.04);
    const floor = nearestMinimumWageOn(january) * rng.between(1, 1.06);
    steps.push({ date: january, event: change, next: (s) => Math.max(s * factor, floor) });
    steps.push({ date: `${year}-02-01`, event: change, next: (s) => s, capCheck: true });
    if (rng.chance(0.15)) {
      const bump = rng.between(1.08, 1.25);
      steps.push({
        date: `${year}-${pad(rng.int(3, 11))}-15`,
        event: change,
        next: (s) => s * bump,
      });
    }
    if (!issste && rng.chance(0.12)) {
      const kind = rng.pick(["SICK_LEAVE", "ABSENCE", "VOLUNTARY_CONTRIBUTION"] as const);
      steps.push({ date: `${year}-${pad(rng.int(3, 12))}-20`, event: kind, next: (s) => s });
    }
    if (issste && rng.chance(0.1))
      steps.push({ date: `${year}-06-30`, event: "BDUTA_CERTIFICATE", next: (s) => s });
  }
  for (const raise of plan.raises ?? []) {
    steps.push({ date: raise.date, event: change, next: (s) => s * (1 + raise.fraction) });
  }
  if (issste && plan.incidences?.length) throw new Error("Incidences are IMSS movements");
  for (const incidence of plan.incidences ?? []) {
    steps.push({ date: incidence.date, event: incidence.event, next: (s) => s });
  }
  steps.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  let target = plan.level * typicalWageOn(plan.start);
  let salary = clampSalary(target, plan.start);
  const events: SalaryEvent[] = [{ event: issste ? "NORMAL" : "HIRED", date: plan.start, salary }];
  for (const step of steps) {
    if (step.date <= plan.start || step.date >= last) continue;
    const before = salary;
    target = step.next(target);
    salary = clampSalary(target, step.date);
    // A salary lifted to the minimum wage stays there; one held down by the cap keeps its target
    // so that February's new UMA can lift it.
    if (salary > target) target = salary;
    if (step.capCheck && salary === before) continue;
    events.push({ event: step.event, date: step.date, salary });
  }
  if (plan.end) {
    // The separation reports the SBC in force that day, which January's minimum wage may have lifted.
    events.push({
      event: issste ? "DYE_CERTIFICATE" : "DISMISSED_RESIGNED",
      date: plan.end,
      salary: clampSalary(target, plan.end),
    });
  }
  return events;
}
