import {
  ASSIGNED_OPTIONS,
  FLAG_OPTIONS,
  FRESHNESS_OPTIONS,
  INSTITUTION_OPTIONS,
  SCORE_OPTIONS,
  STATUS_OPTIONS,
} from "@/components/queue/queue-filter-options";
import type { QueueState } from "@/lib/queue/params";

const SORT_WORDS: Record<QueueState["sort"], string> = {
  createdAt: "date added",
  name: "name",
  monthlyIncome: "monthly income",
  tenure: "tenure",
  score12: "12-month score",
  dataAsOf: "data age",
};

function labels<T extends string>(
  options: readonly { value: T; label: string }[],
  values: readonly T[],
) {
  return options.filter((option) => values.includes(option.value)).map((option) => option.label);
}

/** The queue's filters, search and sort in words, as chips. */
export function filterChips(state: QueueState): string[] {
  const chips = [
    state.q ? `Search “${state.q}”` : null,
    ...labels(INSTITUTION_OPTIONS, state.institution),
    ...labels(STATUS_OPTIONS, state.status),
    ...labels(FLAG_OPTIONS, state.flags),
    ...labels(SCORE_OPTIONS, state.scoreBand ? [state.scoreBand] : []),
    ...labels(FRESHNESS_OPTIONS, state.freshness ? [state.freshness] : []),
    ...labels(ASSIGNED_OPTIONS, state.assigned ? [state.assigned] : []),
  ];
  return chips.filter((chip): chip is string => chip !== null);
}

export function FilterSummary({ state }: { state: QueueState }) {
  const chips = filterChips(state);
  const order = `Sorted by ${SORT_WORDS[state.sort]}, ${state.dir === "asc" ? "ascending" : "descending"}`;
  return (
    <ul className="flex flex-wrap gap-1.5" data-testid="export-filters">
      {(chips.length ? chips : ["All applicants"]).map((chip) => (
        <li
          key={chip}
          className="rounded-full bg-slate-100 px-2.5 py-0.5 text-xs font-medium text-slate-700"
        >
          {chip}
        </li>
      ))}
      <li className="px-1 py-0.5 text-xs text-slate-500">{order}</li>
    </ul>
  );
}
