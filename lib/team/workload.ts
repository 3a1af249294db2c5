import "server-only";
import { DECISION_OUTCOMES, type DecisionOutcome } from "@/lib/applicant/decision-reasons";
import { OPEN_STATUSES } from "@/lib/applicant/decision-status";
import type { Role } from "@/lib/auth/roles";
import { now as clockNow } from "@/lib/clock";
import { db } from "@/lib/db";
import { lastIsoWeeks, startOfDayInZone } from "@/lib/dates";
import { Prisma } from "@/lib/generated/prisma/client";
import { getOrganizationSettings } from "@/lib/settings/organization";

export const WORKLOAD_WEEKS = 8;

/** Open work is new up to this many whole days after the applicant was created… */
const NEW_UP_TO_DAYS = 2;
/** …and old after this many. */
const OLD_AFTER_DAYS = 7;

/**
 * How open work ages, oldest last: whole days since the applicant was created, each bucket below
 * `belowDays`. The table names them `team.workload.ageing.<key>` with `params`.
 */
export const AGEING_BUCKETS = [
  { key: "upTo", params: { days: NEW_UP_TO_DAYS }, belowDays: NEW_UP_TO_DAYS + 1 },
  {
    key: "between",
    params: { from: NEW_UP_TO_DAYS + 1, to: OLD_AFTER_DAYS },
    belowDays: OLD_AFTER_DAYS + 1,
  },
  { key: "over", params: { days: OLD_AFTER_DAYS }, belowDays: null },
] as const;

type PersonRow = { id: string; name: string; role: Role; active: boolean; assigned: number };
type AgeingRow = { userId: string | null; bucket: number; count: number };
type DecisionRow = { userId: string; week: string; outcome: DecisionOutcome; count: number };

const emptyAgeing = () => AGEING_BUCKETS.map(() => 0);
const sum = (counts: readonly number[]) => counts.reduce((total, count) => total + count, 0);
const noDecisions = (weeks: readonly string[]) => ({
  perWeek: weeks.map(() => 0),
  outcomes: Object.fromEntries(DECISION_OUTCOMES.map((outcome) => [outcome, 0])) as Record<
    DecisionOutcome,
    number
  >,
});

/**
 * Per underwriter and team lead (and anyone else who has applicants assigned): applicants
 * assigned; their open work (pending, awaiting sign-off or referred, see OPEN_STATUSES) by age;
 * the outcomes of the decisions they made in the weeks shown; and those decisions per ISO week,
 * weeks starting at midnight on Monday in the organization's time zone (or `timeZone`). Plus the
 * open work nobody is assigned to. Counted by the database, so the cost does not grow with what
 * is loaded.
 */
export async function teamWorkload(options: { now?: Date; timeZone?: string } = {}) {
  const now = options.now ?? clockNow();
  const timeZone = options.timeZone ?? (await getOrganizationSettings()).timeZone;
  const weeks = lastIsoWeeks(now, WORKLOAD_WEEKS, timeZone);
  const since = startOfDayInZone(weeks[0]!, timeZone);
  // Whole days of age; width_bucket gives 0 below the first threshold, i from the i-th on.
  const thresholds = Prisma.join(AGEING_BUCKETS.flatMap((bucket) => bucket.belowDays ?? []));
  const [people, ageing, decisions] = await Promise.all([
    db().$queryRaw<PersonRow[]>`
      SELECT u.id, u.name, u.role::text AS role, u.active, count(a.id)::int AS assigned
      FROM users u
      LEFT JOIN applicants a ON a.assigned_to_id = u.id AND a.blocked_at IS NULL
      WHERE (u.active AND u.role IN ('UNDERWRITER', 'TEAM_LEAD')) OR a.id IS NOT NULL
      GROUP BY u.id
      ORDER BY u.name, u.id`,
    db().$queryRaw<AgeingRow[]>`
      SELECT a.assigned_to_id AS "userId",
        width_bucket(
          floor(extract(epoch FROM ${now}::timestamptz - a.created_at) / 86400)::float8,
          ARRAY[${thresholds}]::float8[]
        )::int AS bucket,
        count(*)::int AS count
      FROM applicants a
      WHERE a.decision_status::text IN (${Prisma.join(OPEN_STATUSES)}) AND a.blocked_at IS NULL
      GROUP BY 1, 2`,
    db().$queryRaw<DecisionRow[]>`
      SELECT d.decided_by_id AS "userId",
        to_char(date_trunc('week', d.created_at AT TIME ZONE ${timeZone}::text), 'YYYY-MM-DD') AS week,
        d.outcome::text AS outcome,
        count(*)::int AS count
      FROM decisions d
      JOIN applicants a ON a.id = d.applicant_id AND a.blocked_at IS NULL
      WHERE d.created_at >= ${since} AND d.decided_by_id IS NOT NULL
      GROUP BY 1, 2, 3`,
  ]);

  const ageingOf = new Map<string | null, number[]>();
  for (const row of ageing) {
    const counts = ageingOf.get(row.userId) ?? emptyAgeing();
    counts[row.bucket] = row.count; // a future creation time (bucket 0) ages as new work
    ageingOf.set(row.userId, counts);
  }
  const weekIndex = new Map(weeks.map((week, i) => [week, i]));
  const decided = new Map<string, ReturnType<typeof noDecisions>>();
  for (const row of decisions) {
    const i = weekIndex.get(row.week);
    if (i === undefined) continue; // after the current week
    const person = decided.get(row.userId) ?? noDecisions(weeks);
    decided.set(row.userId, person);
    person.perWeek[i]! += row.count;
    person.outcomes[row.outcome] += row.count;
  }

  const unassignedAgeing = ageingOf.get(null) ?? emptyAgeing();
  return {
    weeks,
    timeZone,
    people: people.map((person) => {
      const personAgeing = ageingOf.get(person.id) ?? emptyAgeing();
      const personDecisions = decided.get(person.id) ?? noDecisions(weeks);
      return {
        ...person,
        open: sum(personAgeing),
        ageing: personAgeing,
        outcomes: personDecisions.outcomes,
        decisionsPerWeek: personDecisions.perWeek,
      };
    }),
    unassigned: { open: sum(unassignedAgeing), ageing: unassignedAgeing },
  };
}

export type TeamWorkload = Awaited<ReturnType<typeof teamWorkload>>;
