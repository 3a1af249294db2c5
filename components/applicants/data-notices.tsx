import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { DataAge, Freshness } from "@/lib/metrics/data-age";
import { FRESHNESS_DAYS } from "@/lib/metrics/data-age";

const FRESHNESS_TONE: Record<Freshness, "success" | "warning" | "danger"> = {
  fresh: "success",
  aging: "warning",
  stale: "danger",
};

/** How old the data is today, on the same scale as the queue's freshness filter. */
export async function DataAgeBadge({ age }: { age: DataAge }) {
  const t = await getTranslations("applicant.dataAge");
  const when = age.days === 0 ? t("today") : t("ago", { days: age.days });
  return (
    <Badge
      tone={FRESHNESS_TONE[age.freshness]}
      title={t("scale", { fresh: FRESHNESS_DAYS.fresh, aging: FRESHNESS_DAYS.aging })}
      data-testid="data-age"
    >
      {t(age.freshness)} · {when}
    </Badge>
  );
}

/** Years whose reference values (UMA) are missing: the ceiling is not checked for them. */
export async function ReferenceWarning({ years }: { years: readonly number[] }) {
  const t = await getTranslations("applicant");
  if (years.length === 0) return null;
  return (
    <p
      className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900"
      role="status"
      data-testid="reference-warning"
    >
      {t("referenceWarning", { years: years.join(", "), count: years.length })}
    </p>
  );
}
