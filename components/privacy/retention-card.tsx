import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { getFormat } from "@/lib/i18n/server";
import type { listRetentionRuns } from "@/lib/privacy/retention";

/** The retention schedule as set in Settings, and what its daily runs blocked and deleted. */
export async function RetentionCard({
  retentionMonths,
  blockingDays,
  runs,
}: {
  retentionMonths: number | null;
  blockingDays: number;
  runs: Awaited<ReturnType<typeof listRetentionRuns>>;
}) {
  const [t, f] = await Promise.all([getTranslations("privacy.retention"), getFormat()]);
  return (
    <Card data-testid="retention-card">
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
      </CardHeader>
      <CardContent className="space-y-3 text-sm text-slate-700">
        <p data-testid="retention-schedule">
          {retentionMonths === null
            ? t("none", { days: blockingDays })
            : t("schedule", { months: retentionMonths, days: blockingDays })}
        </p>
        {runs.length === 0 ? (
          <p className="text-slate-500">{t("noRuns")}</p>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="retention-runs">
            {runs.map((run) => (
              <li key={run.id} className="py-1.5">
                <span className="whitespace-nowrap text-slate-500">{f.dateTime(run.at)}</span> ·{" "}
                {t("run", { blocked: run.blocked, deleted: run.deleted, failed: run.failed })}
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
