import { z } from "zod";
import { FLAG_CODES } from "@/lib/queue/flags";
import {
  ASSIGNED_VALUES,
  FRESHNESS_VALUES,
  INSTITUTION_VALUES,
  PAGE_SIZES,
  SCORE_BANDS,
  SORT_VALUES,
  STATUS_VALUES,
  type Freshness,
  type PageSize,
  type QueueSort,
  type ScoreBand,
} from "@/lib/queue/options";

// The queue's whole state lives in the URL, so a link reproduces exactly what a person sees.
// Unknown or malformed values are dropped (never an error page): URLs are pasted and edited by hand.

const MAX_PAGE = 100_000;
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** `a,b` or repeated `x=a&x=b`; keeps the allowed values, once each, in canonical order. */
function list<const T extends readonly string[]>(allowed: T) {
  const split = (value: unknown) =>
    (Array.isArray(value) ? value : [value])
      .filter((item): item is string => typeof item === "string")
      .flatMap((item) => item.split(","));
  return z.preprocess(
    (value) => allowed.filter((option) => split(value).includes(option)),
    z.array(z.enum(allowed)),
  );
}

function one<const T extends readonly string[]>(allowed: T) {
  return z.preprocess(first, z.enum(allowed).optional().catch(undefined));
}

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
    z
      .string()
      .trim()
      .max(100)
      .optional()
      .catch(undefined)
      .transform((q) => q || undefined),
  ),
  institution: list(INSTITUTION_VALUES),
  status: list(STATUS_VALUES),
  score: one(SCORE_BANDS),
  flags: list(FLAG_CODES),
  fresh: one(FRESHNESS_VALUES),
  assigned: one(ASSIGNED_VALUES),
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

export interface QueueState {
  q?: string;
  institution: (typeof INSTITUTION_VALUES)[number][];
  status: (typeof STATUS_VALUES)[number][];
  scoreBand?: ScoreBand;
  flags: (typeof FLAG_CODES)[number][];
  freshness?: Freshness;
  assigned?: (typeof ASSIGNED_VALUES)[number];
  sort: QueueSort;
  dir: "asc" | "desc";
  page: number;
  pageSize: PageSize;
}

/** Names read A→Z first; every other column starts with the largest or newest. */
export const defaultDir = (sort: QueueSort): "asc" | "desc" => (sort === "name" ? "asc" : "desc");

export const DEFAULT_QUEUE_STATE: QueueState = parseQueueParams({});

export function parseQueueParams(input: QueueParamsInput | URLSearchParams): QueueState {
  const record =
    input instanceof URLSearchParams
      ? Object.fromEntries([...input.keys()].map((key) => [key, input.getAll(key)]))
      : input;
  const p = queueParamsSchema.parse(record);
  return {
    q: p.q,
    institution: p.institution,
    status: p.status,
    scoreBand: p.score,
    flags: p.flags,
    freshness: p.fresh,
    assigned: p.assigned,
    sort: p.sort,
    dir: p.dir ?? defaultDir(p.sort),
    page: p.page,
    pageSize: p.size,
  };
}

/** The canonical query string (no leading `?`): defaults omitted, keys in a fixed order. */
export function serializeQueueState(state: QueueState): string {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  if (state.institution.length) params.set("institution", state.institution.join(","));
  if (state.status.length) params.set("status", state.status.join(","));
  if (state.scoreBand) params.set("score", state.scoreBand);
  if (state.flags.length) params.set("flags", state.flags.join(","));
  if (state.freshness) params.set("fresh", state.freshness);
  if (state.assigned) params.set("assigned", state.assigned);
  if (state.sort !== "createdAt") params.set("sort", state.sort);
  if (state.dir !== defaultDir(state.sort)) params.set("dir", state.dir);
  if (state.page > 1) params.set("page", String(state.page));
  if (state.pageSize !== 25) params.set("size", String(state.pageSize));
  // Commas are legal in a query string; leaving them readable keeps shared links legible.
  return params.toString().replaceAll("%2C", ",");
}

/** True when any filter or search narrows the queue (an empty result then means "no matches"). */
export function isFiltered(state: QueueState): boolean {
  return Boolean(
    state.q ||
    state.institution.length ||
    state.status.length ||
    state.scoreBand ||
    state.flags.length ||
    state.freshness ||
    state.assigned,
  );
}
