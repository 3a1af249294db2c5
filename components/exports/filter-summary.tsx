import { getTranslations } from "next-intl/server";
import { queueFilterOptions } from "@/components/queue/queue-filter-options";
import type { MetricsTranslate } from "@/lib/i18n/flag-text";
import type { QueueState } from "@/lib/queue/params";

function labels<T extends string>(
  options: readonly { value: T; label: string }[],
  values: readonly T[],
) {
  return options.filter((option) => values.includes(option.value)).map((option) => option.label);
}

/** The queue's filters, search and sort in words, as chips (worded as the queue words them). */
export async function FilterSummary({ state }: { state: QueueState }) {
  const [t, queue, metrics] = await Promise.all([
    getTranslations("exports.filters"),
    getTranslations("queue"),
    getTranslations("metrics"),
  ]);
  const options = queueFilterOptions(queue, metrics as unknown as MetricsTranslate);
  const chips = [
    ...(state.q ? [t("search", { q: state.q })] : []),
    ...labels(options.institution, state.institution),
    ...labels(options.status, state.status),
    ...labels(options.flags, state.flags),
    ...labels(options.score, state.scoreBand ? [state.scoreBand] : []),
    ...labels(options.freshness, state.freshness ? [state.freshness] : []),
    ...labels(options.assigned, state.assigned ? [state.assigned] : []),
  ];
  const order = t("order", { field: t(`sort.${state.sort}`), dir: state.dir });
  return (
    <ul className="flex flex-wrap gap-1.5" data-testid="export-filters">
      {(chips.length ? chips : [t("all")]).map((chip) => (
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
