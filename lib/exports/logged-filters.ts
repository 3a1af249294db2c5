import { z } from "zod";
import { maskIdentifier } from "@/lib/applicant/mask";
import { CURP_PATTERN } from "@/lib/connect/new-applicant";
import { ALL_DECISIONS } from "@/lib/queue/options";
import { parseQueueParams, serializeQueueState, type QueueState } from "@/lib/queue/params";
import type { ExportRequest } from "./request";

/**
 * What an export covered, as the audit log keeps it: one applicant (the audit row names them), or
 * the queue's filters, search and sort as their URL parameters (`{ q, institution, sort, … }`, the
 * queue's own names, so that filters added later read back too).
 */
export type LoggedScope = "applicant" | "queue";

export interface LoggedFilters {
  scope: LoggedScope;
  filters: Record<string, string>;
}

/** The filters of a request for the log; a searched CURP is masked, like everywhere else. */
export function loggedFilters(
  request: Pick<ExportRequest, "applicantId" | "state">,
): LoggedFilters {
  if (request.applicantId) return { scope: "applicant", filters: {} };
  const q = request.state.q;
  const safeQ = q && CURP_PATTERN.test(q.toUpperCase()) ? (maskIdentifier(q) ?? undefined) : q;
  // The decision filter is named whenever it narrows, so the text keeps its meaning if the
  // queue's default view changes.
  const query = serializeQueueState(
    { ...request.state, q: safeQ, page: 1 },
    { spellOutDecision: true },
  );
  return { scope: "queue", filters: Object.fromEntries(new URLSearchParams(query)) };
}

// Rows logged before the filters were kept as parameters held this text instead.
const LEGACY_ONE_APPLICANT = "one applicant";
const LEGACY_ALL_APPLICANTS = "all applicants";

/** How the details keep the filters: parameters, or (older rows) the query text. */
export const storedFiltersSchema = z.union([z.string(), z.record(z.string(), z.string())]);

/**
 * The queue state an export covered, or null for a one-applicant export; older rows included. A
 * log without a decision filter covered every status (older rows predate the filter).
 */
export function readLoggedFilters(
  stored: z.infer<typeof storedFiltersSchema>,
  scope: LoggedScope | undefined,
): QueueState | null {
  if (scope === "applicant" || stored === LEGACY_ONE_APPLICANT) return null;
  // The old text was decoded for reading (`q=Ana Núñez&sort=name`): read it back leniently.
  const params =
    typeof stored === "string"
      ? new URLSearchParams(stored === LEGACY_ALL_APPLICANTS ? "" : stored)
      : new URLSearchParams(stored);
  if (!params.has("decision")) params.set("decision", ALL_DECISIONS);
  return parseQueueParams(params);
}
