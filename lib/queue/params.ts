import { z } from "zod";
import { DECISION_STATUSES, type DecisionStatus } from "@/lib/applicant/decision-status";
import { FLAG_CODES } from "@/lib/queue/flags";
import { safeText } from "@/lib/http/text";
import {
  ALL_DECISIONS,
  ASSIGNED_VALUES,
  DECISION_PARAMS,
  FRESHNESS_VALUES,
  INSTITUTION_VALUES,
  MONITORING_VALUES,
  PAGE_SIZES,
  SCORE_BANDS,
  SORT_VALUES,
  STATUS_VALUES,
  WORKLIST_DECISIONS,
  type Freshness,
  type PageSize,
  type QueueSort,
  type ScoreBand,
} from "@/lib/queue/options";

// The queue's whole state lives in the URL, so a link reproduces exactly what a person sees.
// Unknown or malformed values are dropped (never an error page): URLs are pasted and edited by hand.

const MAX_PAGE = 100_000;

/**
 * The search text: at most 100 characters, no NUL or lone surrogate. The queue page drops a search
 * that fails it (see `q` below); the export API refuses it (lib/exports/request.ts).
 */
export const queueSearchSchema = safeText({ max: 100 });
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** The items of `a,b` or of repeated `x=a&x=b`. */
const split = (value: unknown) =>
  (Array.isArray(value) ? value : [value])
    .filter((item): item is string => typeof item === "string")
    .flatMap((item) => item.split(","));

/** `a,b` or repeated `x=a&x=b`; keeps the allowed values, once each, in canonical order. */
function list<const T extends readonly string[]>(allowed: T) {
  return z.preprocess(
    (value) => allowed.filter((option) => split(value).includes(option)),
    z.array(z.enum(allowed)),
  );
}

function one<const T extends readonly string[]>(allowed: T) {
  return z.preprocess(first, z.enum(allowed).optional().catch(undefined));
}

/**
 * The decision filter. Absent, or naming no known status, it is the worklist (work still open);
 * `all` lifts it (an empty list, like any other filter with nothing chosen); every status chosen
 * is the same as `all`.
 */
const decisionList = z.preprocess(
  (value) => {
    const items = split(value);
    if (items.includes(ALL_DECISIONS)) return [];
    const chosen = DECISION_STATUSES.filter((status) => items.includes(DECISION_PARAMS[status]));
    if (chosen.length === 0) return undefined;
    return chosen.length === DECISION_STATUSES.length ? [] : chosen;
  },
  z.array(z.enum(DECISION_STATUSES)).optional(),
);

/** `me`, `unassigned`, or one user's id (lowercase, so that one user has one URL). */
const assignedFilter = z.preprocess(
  first,
  z
    .union([z.enum(ASSIGNED_VALUES), z.uuid().transform((id) => id.toLowerCase())])
    .optional()
    .catch(undefined),
);

const intIn = (min: number, max: number, fallback: number) =>
  z.preprocess(
    first,
    z.coerce
      .number()
      .int()
      .catch(fallback)
      .transform((n) => Math.min(max, Math.max(min, n))),
  );

export const queueParamsSchema = z.object({
  q: z.preprocess(
    first,
    queueSearchSchema
      .optional()
      .catch(undefined)
      .transform((q) => q || undefined),
  ),
  decision: decisionList,
  institution: list(INSTITUTION_VALUES),
  status: list(STATUS_VALUES),
  score: one(SCORE_BANDS),
  flags: list(FLAG_CODES),
  fresh: one(FRESHNESS_VALUES),
  monitoring: one(MONITORING_VALUES),
  assigned: assignedFilter,
  sort: z.preprocess(first, z.enum(SORT_VALUES).catch("createdAt")),
  dir: z.preprocess(first, z.enum(["asc", "desc"]).optional().catch(undefined)),
  page: intIn(1, MAX_PAGE, 1),
  size: z.preprocess(
    first,
    z.coerce
      .number()
      .catch(25)
      .transform((n): PageSize => (PAGE_SIZES.includes(n as PageSize) ? (n as PageSize) : 25)),
  ),
});

export type QueueParamsInput = Record<string, string | string[] | undefined>;

/** `me`, `unassigned`, or the id of the user whose applicants to show. */
export type AssignedFilter = (typeof ASSIGNED_VALUES)[number] | (string & {});

export interface QueueState {
  q?: string;
  /** The decision statuses shown; empty means every status (`decision=all`). */
  decision: DecisionStatus[];
  institution: (typeof INSTITUTION_VALUES)[number][];
  status: (typeof STATUS_VALUES)[number][];
  scoreBand?: ScoreBand;
  flags: (typeof FLAG_CODES)[number][];
  freshness?: Freshness;
  monitoring?: (typeof MONITORING_VALUES)[number];
  assigned?: AssignedFilter;
  sort: QueueSort;
  dir: "asc" | "desc";
  page: number;
  pageSize: PageSize;
}

/**
 * Names read A→Z first, and the worklist oldest first (who has waited longest); every other
 * column starts with the largest or newest.
 */
export const defaultDir = (sort: QueueSort): "asc" | "desc" =>
  sort === "name" || sort === "createdAt" ? "asc" : "desc";

export const DEFAULT_QUEUE_STATE: QueueState = parseQueueParams({});

export function parseQueueParams(input: QueueParamsInput | URLSearchParams): QueueState {
  const record =
    input instanceof URLSearchParams
      ? Object.fromEntries([...input.keys()].map((key) => [key, input.getAll(key)]))
      : input;
  const p = queueParamsSchema.parse(record);
  return {
    q: p.q,
    decision: p.decision ?? [...WORKLIST_DECISIONS],
    institution: p.institution,
    status: p.status,
    scoreBand: p.score,
    flags: p.flags,
    freshness: p.fresh,
    monitoring: p.monitoring,
    assigned: p.assigned,
    sort: p.sort,
    dir: p.dir ?? defaultDir(p.sort),
    page: p.page,
    pageSize: p.size,
  };
}

/**
 * The canonical query string (no leading `?`): defaults omitted, keys in a fixed order. With
 * `spellOutDecision` (the export log), the decision filter is named whenever it narrows the queue
 * and left out when it does not, so that the text keeps its meaning whatever the default view.
 */
export function serializeQueueState(
  state: QueueState,
  { spellOutDecision = false }: { spellOutDecision?: boolean } = {},
): string {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  if (spellOutDecision ? !showsAllDecisions(state) : !isWorklist(state))
    params.set("decision", decisionParam(state.decision));
  if (state.institution.length) params.set("institution", state.institution.join(","));
  if (state.status.length) params.set("status", state.status.join(","));
  if (state.scoreBand) params.set("score", state.scoreBand);
  if (state.flags.length) params.set("flags", state.flags.join(","));
  if (state.freshness) params.set("fresh", state.freshness);
  if (state.monitoring) params.set("monitoring", state.monitoring);
  if (state.assigned) params.set("assigned", state.assigned);
  if (state.sort !== "createdAt") params.set("sort", state.sort);
  if (state.dir !== defaultDir(state.sort)) params.set("dir", state.dir);
  if (state.page > 1) params.set("page", String(state.page));
  if (state.pageSize !== 25) params.set("size", String(state.pageSize));
  // Commas are legal in a query string; leaving them readable keeps shared links legible.
  return params.toString().replaceAll("%2C", ",");
}

const sameStatuses = (a: readonly DecisionStatus[], b: readonly DecisionStatus[]) =>
  a.length === b.length && a.every((status) => b.includes(status));

/** The `decision` value of a list of statuses, in canonical order: `all` for every status. */
function decisionParam(decision: readonly DecisionStatus[]): string {
  if (showsAllDecisions({ decision })) return ALL_DECISIONS;
  return DECISION_STATUSES.filter((status) => decision.includes(status))
    .map((status) => DECISION_PARAMS[status])
    .join(",");
}

/** True when the queue shows exactly the open work: the default view. */
export function isWorklist(state: { decision: readonly DecisionStatus[] }): boolean {
  return sameStatuses(state.decision, WORKLIST_DECISIONS);
}

/** True when the queue shows every decision status. */
export function showsAllDecisions(state: { decision: readonly DecisionStatus[] }): boolean {
  const { decision } = state;
  return decision.length === 0 || DECISION_STATUSES.every((status) => decision.includes(status));
}

/** The user id of an `assigned=<id>` filter, if that is what it names. */
export function assignedUserId(state: Pick<QueueState, "assigned">): string | undefined {
  const value = state.assigned;
  return value && !(ASSIGNED_VALUES as readonly string[]).includes(value) ? value : undefined;
}

/** True when the search or a filter differs from the default worklist (what "reset" undoes). */
export function hasFilterChanges(state: QueueState): boolean {
  return !isWorklist(state) || hasRefinements(state);
}

/** True when any filter or search narrows the queue (an empty result then means "no matches"). */
export function isFiltered(state: QueueState): boolean {
  return !showsAllDecisions(state) || hasRefinements(state);
}

/** True when the search or a filter other than the decision narrows the queue. */
function hasRefinements(state: QueueState): boolean {
  return Boolean(
    state.q ||
    state.institution.length ||
    state.status.length ||
    state.scoreBand ||
    state.flags.length ||
    state.freshness ||
    state.monitoring ||
    state.assigned,
  );
}
