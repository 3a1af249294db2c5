import { dayInZone, fromDay, startOfDayInZone, toDay } from "@/lib/dates";
import { FRESHNESS_DAYS } from "@/lib/metrics/data-age";
import { SCORE_BANDS, scoreBandFilter, scoreBandRange } from "@/lib/metrics/score-bands";
import type { Prisma } from "@/lib/generated/prisma/client";
import { CURP_PATTERN } from "@/lib/connect/new-applicant";
import { assignedUserId, showsAllDecisions, type QueueState } from "@/lib/queue/params";
import type { Freshness, ScoreBand } from "@/lib/queue/options";
import { VISIBLE_APPLICANT } from "@/lib/privacy/visible";
import { searchFold } from "@/lib/queue/search-fold";

/** The score range of a band's filter; the filters are made from the same bands. */
function scoreRange(filter: Exclude<ScoreBand, "none">) {
  const band = SCORE_BANDS.find((candidate) => scoreBandFilter(candidate) === filter);
  return band ? scoreBandRange(band) : {};
}

/**
 * Data ages in whole calendar days of the organization's time zone, as on the applicant page
 * (lib/metrics/data-age.ts): collected up to 30 days before today is fresh, up to 90 aging.
 */
function freshnessWhere(
  freshness: Freshness,
  now: Date,
  timeZone: string,
): Prisma.ApplicantWhereInput {
  const today = toDay(dayInZone(now, timeZone));
  // The first instant of the day `days` days before today: anything collected from then on is
  // at most `days` days old.
  const since = (days: number) => startOfDayInZone(fromDay(today - days), timeZone);
  switch (freshness) {
    case "fresh":
      return { dataAsOf: { gte: since(FRESHNESS_DAYS.fresh) } };
    case "aging":
      return { dataAsOf: { lt: since(FRESHNESS_DAYS.fresh), gte: since(FRESHNESS_DAYS.aging) } };
    case "stale":
      return { dataAsOf: { lt: since(FRESHNESS_DAYS.aging) } };
    case "none":
      return { dataAsOf: null };
  }
}

export interface QueueQueryContext {
  userId: string;
  now: Date;
  /** The organization's IANA time zone: the freshness filter counts days in it. */
  timeZone: string;
  /** The keyed hash stored in `curpHash` (lib/crypto/field-encryption.ts `lookupHash`). */
  curpHash: (curp: string) => string;
}

/**
 * The search: an exact CURP goes through its keyed hash (never a pattern match on personal data);
 * anything else matches part of the name, ignoring case and accents (its folded copy), or the
 * start of the reference, ignoring case.
 */
function searchWhere(q: string, context: QueueQueryContext): Prisma.ApplicantWhereInput {
  const upper = q.toUpperCase();
  if (CURP_PATTERN.test(upper)) return { curpHash: context.curpHash(upper) };
  return {
    OR: [
      { nameSearch: { contains: searchFold(q) } },
      { reference: { startsWith: q, mode: "insensitive" } },
    ],
  };
}

export function queueWhere(
  state: QueueState,
  context: QueueQueryContext,
): Prisma.ApplicantWhereInput {
  const and: Prisma.ApplicantWhereInput[] = [VISIBLE_APPLICANT];
  if (state.q) and.push(searchWhere(state.q, context));
  if (!showsAllDecisions(state)) and.push({ decisionStatus: { in: state.decision } });
  if (state.institution.length) and.push({ institution: { in: state.institution } });
  // The applicant's copy of the link's status (kept by a trigger): no join.
  if (state.status.length) and.push({ linkStatus: { in: state.status } });
  if (state.scoreBand === "none") and.push({ score12: null });
  else if (state.scoreBand) and.push({ score12: scoreRange(state.scoreBand) });
  // Any of the chosen flags (`&&`, served by the GIN index on flags).
  if (state.flags.length) and.push({ flags: { hasSome: state.flags } });
  if (state.freshness) and.push(freshnessWhere(state.freshness, context.now, context.timeZone));
  if (state.monitoring === "on") and.push({ link: { is: { accessMode: "RECURRENT" } } });
  if (state.monitoring === "off")
    and.push({ OR: [{ link: { is: null } }, { link: { is: { accessMode: "SINGLE" } } }] });
  if (state.assigned === "me") and.push({ assignedToId: context.userId });
  if (state.assigned === "unassigned") and.push({ assignedToId: null });
  const assignee = assignedUserId(state);
  if (assignee) and.push({ assignedToId: assignee });
  return { AND: and };
}

type Order = Prisma.ApplicantOrderByWithRelationInput;

type SortField =
  "createdAt" | "name" | "currentJobStart" | "monthlyIncome" | "score12" | "dataAsOf";

/** The column a sort reads, its direction, and whether empty values (always last) can occur. */
export interface SortKey {
  field: SortField;
  dir: "asc" | "desc";
  nullable: boolean;
}

const flip = (dir: "asc" | "desc") => (dir === "asc" ? "desc" : "asc");

export function sortKey(state: Pick<QueueState, "sort" | "dir">): SortKey {
  switch (state.sort) {
    case "createdAt":
    case "name":
      return { field: state.sort, dir: state.dir, nullable: false };
    // Longest tenure first means the earliest start of the current job.
    case "tenure":
      return { field: "currentJobStart", dir: flip(state.dir), nullable: true };
    case "monthlyIncome":
    case "score12":
    case "dataAsOf":
      return { field: state.sort, dir: state.dir, nullable: true };
  }
}

/**
 * The chosen order, then the id, so that equal values never swap rows between pages. `reversed`
 * is the exact reverse (empty values first, ids descending): a page near the end is read from
 * the end, so the last page costs what the first does.
 */
export function queueOrderBy(state: QueueState, reversed = false): Order[] {
  const { field, dir, nullable } = sortKey(state);
  const sort = reversed ? flip(dir) : dir;
  const nulls = reversed ? "first" : "last";
  const primary: Order = nullable ? { [field]: { sort, nulls } } : { [field]: sort };
  return [primary, { id: reversed ? "desc" : "asc" }];
}

/** The sort value and id of the last row read: where the next batch of a keyset scan starts. */
export interface QueuePosition {
  id: string;
  value: unknown;
}

/**
 * The rows after `after` in `queueOrderBy` order, within the part of the queue whose sort value is
 * empty (`empty`) or present. An export reads the present part, then the empty part: each batch is
 * then one index range (`value <= last`), never an `OR` that makes the database sort what is left.
 */
export function queueAfter(
  key: SortKey,
  part: "present" | "empty",
  after: QueuePosition | null,
): Prisma.ApplicantWhereInput {
  const { field, dir } = key;
  if (part === "empty") {
    return after ? { [field]: null, id: { gt: after.id } } : { [field]: null };
  }
  if (!after) return key.nullable ? { [field]: { not: null } } : {};
  return {
    [field]: { [dir === "asc" ? "gte" : "lte"]: after.value },
    NOT: { [field]: after.value, id: { lte: after.id } },
  };
}
