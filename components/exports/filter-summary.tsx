import { getLocale, getTranslations } from "next-intl/server";
import { queueFilterOptions } from "@/components/queue/queue-filter-options";
import { DECISION_STATUS_KEYS, DECISION_STATUSES } from "@/lib/applicant/decision-status";
import type { MetricsTranslate } from "@/lib/i18n/flag-text";
import { showsAllDecisions, type QueueState } from "@/lib/queue/params";

function labels<T extends string>(
  options: readonly { value: T; label: string }[],
  values: readonly (T | string)[],
) {
  return options.filter((option) => values.includes(option.value)).map((option) => option.label);
}

/**
 * The words of the queue's filters, search and sort, worded as the queue words them: one chip per
 * filter value, the decision statuses in one chip, and the order as a sentence.
 */
export async function getFilterWords() {
  const [t, queue, metrics, common, locale] = await Promise.all([
    getTranslations("exports.filters"),
    getTranslations("queue"),
    getTranslations("metrics"),
    getTranslations("common"),
    getLocale(),
  ]);
  const options = queueFilterOptions(queue, metrics as unknown as MetricsTranslate);
  const either = new Intl.ListFormat(locale, { type: "disjunction" });
  const decision = (state: QueueState) =>
    showsAllDecisions(state)
      ? []
      : [
          t("decision", {
            statuses: either.format(
              DECISION_STATUSES.filter((status) => state.decision.includes(status)).map((status) =>
                common(`decisionStatus.${DECISION_STATUS_KEYS[status]}`),
              ),
            ),
          }),
        ];
  // `assigned` is `me`, `unassigned`, or a user's id (`assignee` is then that user's name).
  const assigned = (state: QueueState, assignee: string | null) => {
    if (!state.assigned) return [];
    const named = labels(options.assigned, [state.assigned]);
    return named.length ? named : [t("assignedTo", { name: assignee ?? t("formerUser") })];
  };
  return {
    chips: (state: QueueState, assignee: string | null = null): string[] => [
      ...(state.q ? [t("search", { q: state.q })] : []),
      ...decision(state),
      ...labels(options.institution, state.institution),
      ...labels(options.status, state.status),
      ...labels(options.flags, state.flags),
      ...labels(options.score, state.scoreBand ? [state.scoreBand] : []),
      ...labels(options.freshness, state.freshness ? [state.freshness] : []),
      ...labels(options.monitoring, state.monitoring ? [state.monitoring] : []),
      ...assigned(state, assignee),
    ],
    order: (state: QueueState) => t("order", { field: t(`sort.${state.sort}`), dir: state.dir }),
    all: () => t("all"),
  };
}

export type FilterWords = Awaited<ReturnType<typeof getFilterWords>>;

/** Filters as chips, then the order; "every applicant" when nothing narrows the queue. */
export function FilterChips({
  state,
  assignee,
  words,
  testId,
}: {
  state: QueueState;
  assignee: string | null;
  words: FilterWords;
  testId?: string;
}) {
  const chips = words.chips(state, assignee);
  return (
    <ul className="flex flex-wrap gap-1.5" data-testid={testId}>
      {(chips.length ? chips : [words.all()]).map((chip) => (
        <li
          key={chip}
          className="rounded-full bg-slate-100 px-2.5 py-0.5 text-xs font-medium text-slate-700"
        >
          {chip}
        </li>
      ))}
      <li className="px-1 py-0.5 text-xs text-slate-500">{words.order(state)}</li>
    </ul>
  );
}

/** What the export will cover, in words (worded as the queue words its filters). */
export async function FilterSummary({
  state,
  assignee,
}: {
  state: QueueState;
  assignee: string | null;
}) {
  return (
    <FilterChips
      state={state}
      assignee={assignee}
      words={await getFilterWords()}
      testId="export-filters"
    />
  );
}
