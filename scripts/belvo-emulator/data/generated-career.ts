import type { Career, PlannedJob, Sector } from "./career";
import { addDays, fromEpochDay, toEpochDay } from "./dates";
import { imssEmployer, issteEmployer } from "./employers";
import type { Rng } from "./prng";
import { salaryEvents } from "./salary";

/** Generated careers are planned up to here, so moving the clock forward reveals new events. */
export const HORIZON = "2045-12-31";
const EARLIEST = "2000-01-01";

function jobLengthDays(rng: Rng): number {
  const roll = rng.next();
  if (roll < 0.25) return rng.int(90, 365);
  if (roll < 0.7) return rng.int(366, 1460);
  return rng.int(1461, 3650);
}

function gapDays(rng: Rng): number {
  const roll = rng.next();
  if (roll < 0.65) return rng.int(1, 45);
  if (roll < 0.9) return rng.int(60, 240);
  return rng.int(270, 730);
}

/**
 * An absolute, seeded timeline from the person's first job (age 18–24, not before 2000) to the
 * horizon or age 65: what any "today" shows is this plan cut at that day.
 */
export function generatedCareer(rng: Rng, sector: Sector, birthYear: number): Career {
  const firstDay = `${Math.max(birthYear + rng.int(18, 24), 2000)}-${String(rng.int(1, 12)).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`;
  const lastDay = `${Math.min(birthYear + 65, 2045)}-12-31`;
  const employerFor = (): ReturnType<typeof imssEmployer> =>
    sector === "issste" ? issteEmployer(rng) : imssEmployer(rng);
  const jobs: PlannedJob[] = [];
  let start = firstDay < EARLIEST ? EARLIEST : firstDay;
  let level = rng.between(0.45, 1.6);
  while (start < lastDay && start < HORIZON) {
    const length = sector === "issste" ? jobLengthDays(rng) * 2 : jobLengthDays(rng);
    const plannedEnd = fromEpochDay(toEpochDay(start) + length);
    const retiring = plannedEnd >= lastDay && lastDay < HORIZON;
    const end = plannedEnd >= lastDay ? (retiring ? lastDay : null) : plannedEnd;
    jobs.push({
      employer: employerFor(),
      start,
      end,
      events: salaryEvents(rng, { sector, start, end, horizon: HORIZON, level }),
    });
    if (sector === "imss" && end && rng.chance(0.08)) {
      // A second, overlapping job: someone who moonlights for a while.
      const extraStart = addDays(start, rng.int(30, Math.max(31, length - 60)));
      const extraEnd = addDays(extraStart, rng.int(60, 400));
      const extraLevel = rng.between(0.35, 0.8);
      jobs.push({
        employer: employerFor(),
        start: extraStart,
        end: extraEnd,
        events: salaryEvents(rng, {
          sector,
          start: extraStart,
          end: extraEnd,
          horizon: HORIZON,
          level: extraLevel,
        }),
      });
    }
    if (!end) break;
    start = addDays(end, gapDays(rng));
    level = Math.max(0.4, level * rng.between(0.9, 1.2));
  }
  jobs.sort((a, b) => (a.start < b.start ? -1 : 1));
  const redeemed = sector === "imss" && rng.chance(0.15) ? rng.int(10, 75) : 0;
  return {
    sector,
    jobs,
    weeksRedeemed: redeemed,
    weeksReinstated: redeemed > 0 && rng.chance(0.4) ? rng.int(1, redeemed) : 0,
    retiredOn: lastDay < HORIZON ? addDays(lastDay, 1) : null,
  };
}
