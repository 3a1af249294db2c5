import { useTranslations } from "next-intl";
import { useFormat } from "@/components/shell/use-format";
import type { SnapshotView } from "@/lib/applicant/snapshot-view";
import { EmployerName } from "./employer-name";
import { movementEventCounts, movementEventKey } from "./movement-events";
import { MovementTableHead } from "./movement-table-head";

type Job = SnapshotView["jobs"][number];

/**
 * Every movement of the records (the same rows as the movements CSV export), newest first: hires,
 * exits and salary changes, but also voluntary contributions, absences, sick leave and ISSSTE's
 * certificates, which move no salary and so have no point on the salary chart.
 */
export function MovementsTable({ jobs }: { jobs: readonly Job[] }) {
  const t = useTranslations("applicant.movements");
  const f = useFormat();
  const eventName = (event: string) => {
    const key = movementEventKey(event);
    return key ? t(`events.${key}`) : null;
  };
  const movements = jobs
    .flatMap((job, jobIndex) =>
      job.movements.map((movement, index) => ({
        ...movement,
        employer: job.employer,
        key: `${jobIndex}-${index}`,
      })),
    )
    .sort((a, b) => b.date.localeCompare(a.date));
  if (movements.length === 0)
    return (
      <p className="mt-4 text-sm text-slate-600" data-testid="movements">
        {t("empty")}
      </p>
    );
  return (
    <details className="mt-4 text-sm" data-testid="movements">
      <summary className="cursor-pointer text-brand-700">
        {t("summary", { count: f.number(movements.length) })}
        <span className="ml-2 text-xs text-slate-600">
          {movementEventCounts(movements.map((movement) => movement.event))
            .map(({ event, count }) =>
              t("count", { event: eventName(event) ?? event, count: f.number(count) }),
            )
            .join(", ")}
        </span>
      </summary>
      <div className="relative overflow-x-auto">
        <table className="mt-2 w-full text-xs">
          <caption className="sr-only">{t("caption")}</caption>
          <MovementTableHead />
          <tbody className="divide-y divide-slate-100">
            {movements.map((movement) => {
              const name = eventName(movement.event);
              return (
                <tr key={movement.key} data-event={movement.event}>
                  <td className="py-1 pr-3 whitespace-nowrap">{f.date(movement.date)}</td>
                  <td className="py-1 pr-3">
                    <EmployerName employer={movement.employer} />
                  </td>
                  <td className="py-1 pr-3">
                    {name ?? <span className="font-mono">{movement.event}</span>}
                    {name ? (
                      <span className="ml-2 font-mono text-[0.65rem] text-slate-500">
                        {movement.event}
                      </span>
                    ) : null}
                  </td>
                  <td className="py-1 text-right">
                    {movement.dailySalary ? f.money(movement.dailySalary) : "—"}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
}
