import { Badge } from "@/components/ui/badge";
import { formatNumber } from "@/lib/format";
import type { DataAge, Freshness } from "@/lib/metrics/data-age";
import { FRESHNESS_DAYS } from "@/lib/metrics/data-age";

const FRESHNESS_TONE: Record<Freshness, "success" | "warning" | "danger"> = {
  fresh: "success",
  aging: "warning",
  stale: "danger",
};

const FRESHNESS_WORD: Record<Freshness, string> = {
  fresh: "Fresh",
  aging: "Aging",
  stale: "Stale",
};

/** How old the data is today, on the same scale as the queue's freshness filter. */
export function DataAgeBadge({ age }: { age: DataAge }) {
  const when =
    age.days === 0
      ? "collected today"
      : `data from ${age.days === 1 ? "1 day" : `${formatNumber(age.days)} days`} ago`;
  return (
    <Badge
      tone={FRESHNESS_TONE[age.freshness]}
      title={`Fresh up to ${FRESHNESS_DAYS.fresh} days, aging up to ${FRESHNESS_DAYS.aging}, stale after. Refresh stale data before deciding.`}
      data-testid="data-age"
    >
      {FRESHNESS_WORD[age.freshness]} · {when}
    </Badge>
  );
}

/** Years whose reference values (UMA) are missing: the ceiling is not checked for them. */
export function ReferenceWarning({ years }: { years: readonly number[] }) {
  if (years.length === 0) return null;
  return (
    <p
      className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900"
      role="status"
      data-testid="reference-warning"
    >
      No reference values (UMA) for {years.join(", ")}: the 25-UMA ceiling is not checked for salary
      movements in {years.length === 1 ? "that year" : "those years"}, so a capped salary would read
      as exact. An admin can add the values in Settings → Reference values.
    </p>
  );
}
