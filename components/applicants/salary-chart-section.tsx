import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { employerLabel } from "@/lib/applicant/employer-label";
import { buildSalaryChart } from "@/lib/applicant/salary-series";
import { formatDate, formatMXN } from "@/lib/format";
import type { JobInput } from "@/lib/metrics";
import { LazySalaryChart } from "./salary-chart-lazy";
import { MovementTableHead } from "./movement-table-head";

const EVENT_TEXT = { hire: "hired", exit: "left", change: "salary change" } as const;

/** The salary chart with its caption and its data as a table (the chart's text alternative). */
export function SalaryChartSection({ jobs, asOf }: { jobs: readonly JobInput[]; asOf: string }) {
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
        <CardTitle>Daily base salary over time</CardTitle>
      </CardHeader>
      <CardContent>
        {data.series.length === 0 ? (
          <p className="text-sm text-slate-600">No salary on record to chart.</p>
        ) : (
          <figure aria-labelledby="salary-chart-caption">
            <div aria-hidden="true">
              <LazySalaryChart data={data} />
            </div>
            <figcaption id="salary-chart-caption" className="mt-2 text-xs text-slate-600">
              Daily SBC per employer (logarithmic scale). Circles mark a hire, squares an exit,
              diamonds a salary change; the dashed red line is the 25-UMA ceiling of each year.
              {data.withoutSalary.length
                ? ` No salary on record for: ${data.withoutSalary.map(employerLabel).join(", ")}.`
                : ""}
            </figcaption>
            <details className="mt-2 text-sm" data-testid="salary-chart-text">
              <summary className="cursor-pointer text-brand-700">
                Salary movements as a table ({events.length})
              </summary>
              <table className="mt-2 w-full text-xs">
                <caption className="sr-only">Salary movements per employer</caption>
                <MovementTableHead />
                <tbody className="divide-y divide-slate-100">
                  {events.map((event) => (
                    <tr key={event.key}>
                      <td className="py-1 pr-3">{formatDate(event.date)}</td>
                      <td className="py-1 pr-3">{event.employer}</td>
                      <td className="py-1 pr-3">{EVENT_TEXT[event.event]}</td>
                      <td className="py-1 text-right">{formatMXN(event.amount)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          </figure>
        )}
      </CardContent>
    </Card>
  );
}
