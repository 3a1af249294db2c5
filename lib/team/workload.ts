import "server-only";
import type { Role } from "@/lib/auth/roles";
import { now as clockNow } from "@/lib/clock";
import { db } from "@/lib/db";
import { lastIsoWeeks, startOfDayInZone } from "@/lib/dates";
import { getOrganizationSettings } from "@/lib/settings/organization";

export const WORKLOAD_WEEKS = 8;

type PersonRow = {
  id: string;
  name: string;
  role: Role;
  active: boolean;
  assigned: number;
  pending: number;
};
type WeekRow = { userId: string; week: string; count: number };

/**
 * Per underwriter (and anyone else who has applicants assigned): applicants assigned, decisions
 * pending (assigned applicants with records and no decision yet) and decisions made in each of the
 * last ISO weeks, which start at midnight on Monday in the organization's time zone (or
 * `timeZone`). Counted by the database, so the cost does not grow with what is loaded.
 */
export async function teamWorkload(options: { now?: Date; timeZone?: string } = {}) {
  const now = options.now ?? clockNow();
  const timeZone = options.timeZone ?? (await getOrganizationSettings()).timeZone;
  const weeks = lastIsoWeeks(now, WORKLOAD_WEEKS, timeZone);
  const since = startOfDayInZone(weeks[0]!, timeZone);
  const [people, perWeek] = await Promise.all([
    db().$queryRaw<PersonRow[]>`
      SELECT u.id, u.name, u.role::text AS role, u.active,
        count(a.id)::int AS assigned,
        count(a.id) FILTER (
          WHERE EXISTS (SELECT 1 FROM snapshots s WHERE s.applicant_id = a.id)
            AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.applicant_id = a.id)
        )::int AS pending
      FROM users u
      LEFT JOIN applicants a ON a.assigned_to_id = u.id
      WHERE (u.active AND u.role = 'UNDERWRITER') OR a.id IS NOT NULL
      GROUP BY u.id
      ORDER BY u.name, u.id`,
    db().$queryRaw<WeekRow[]>`
      SELECT d.decided_by_id AS "userId",
        to_char(date_trunc('week', d.created_at AT TIME ZONE ${timeZone}::text), 'YYYY-MM-DD') AS week,
        count(*)::int AS count
      FROM decisions d
      WHERE d.created_at >= ${since} AND d.decided_by_id IS NOT NULL
      GROUP BY 1, 2`,
  ]);
  const counts = new Map(perWeek.map((row) => [`${row.userId} ${row.week}`, row.count]));
  return {
    weeks,
    timeZone,
    people: people.map((person) => ({
      ...person,
      decisionsPerWeek: weeks.map((week) => counts.get(`${person.id} ${week}`) ?? 0),
    })),
  };
}

export type TeamWorkload = Awaited<ReturnType<typeof teamWorkload>>;
