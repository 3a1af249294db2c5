import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { employerLabel } from "@/lib/applicant/employer-label";
import { buildSalaryChart } from "@/lib/applicant/salary-series";
import { getFormat } from "@/lib/i18n/server";
import type { JobInput } from "@/lib/metrics";
import { LazySalaryChart } from "./salary-chart-lazy";
import { MovementTableHead } from "./movement-table-head";

/** The salary chart with its caption and its data as a table (the chart's text alternative). */
export async function SalaryChartSection({
  jobs,
  asOf,
}: {
  jobs: readonly JobInput[];
  asOf: string;
}) {
  const [t, f] = await Promise.all([getTranslations("applicant.salaryChart"), getFormat()]);
  const data = buildSalaryChart(jobs, asOf);
  const events = data.rows.flatMap((row) =>
    data.series.flatMap((series) => {
      const event = row.events[series.index];
      const amount = row.salaries[series.index];
      return event && amount !== null && amount !== undefined
        ? [
            {
              key: `${row.day}-${series.index}`,
              date: row.date,
              employer: employerLabel(series.employer),
              event,
              amount,
            },
          ]
        : [];
    }),
  );
  return (
    <Card data-testid="salary-chart">
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
      </CardHeader>
      <CardContent>
        {data.series.length === 0 ? (
          <p className="text-sm text-slate-600">{t("empty")}</p>
        ) : (
          <figure aria-labelledby="salary-chart-caption">
            <div aria-hidden="true">
              <LazySalaryChart data={data} />
            </div>
            <figcaption id="salary-chart-caption" className="mt-2 text-xs text-slate-600">
              {t("caption")}
              {data.withoutSalary.length
                ? ` ${t("withoutSalary", { employers: data.withoutSalary.map(employerLabel).join(", ") })}`
                : ""}
            </figcaption>
            <details className="mt-2 text-sm" data-testid="salary-chart-text">
              <summary className="cursor-pointer text-brand-700">
                {t("tableSummary", { count: events.length })}
              </summary>
              <div className="relative overflow-x-auto">
                <table className="mt-2 w-full text-xs">
                  <caption className="sr-only">{t("tableCaption")}</caption>
                  <MovementTableHead />
                  <tbody className="divide-y divide-slate-100">
                    {events.map((event) => (
                      <tr key={event.key}>
                        <td className="py-1 pr-3">{f.date(event.date)}</td>
                        <td className="py-1 pr-3">{event.employer}</td>
                        <td className="py-1 pr-3">{t(`events.${event.event}`)}</td>
                        <td className="py-1 text-right">{f.money(event.amount)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </details>
          </figure>
        )}
      </CardContent>
    </Card>
  );
}
