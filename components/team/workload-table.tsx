import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { getFormat } from "@/lib/i18n/server";
import type { TeamWorkload } from "@/lib/team/workload";

const cell = "px-3 py-2 text-right tabular-nums";

/** Assigned applicants, pending decisions and decisions per ISO week, one row per person. */
export async function WorkloadTable({ workload }: { workload: TeamWorkload }) {
  const [t, roleName, f] = await Promise.all([
    getTranslations("team.workload"),
    getTranslations("common.roles"),
    getFormat(),
  ]);
  if (workload.people.length === 0)
    return (
      <EmptyState title={t("empty.title")} testId="workload-empty">
        {t("empty.body")}
      </EmptyState>
    );
  return (
    <div className="relative overflow-x-auto" tabIndex={0} role="region" aria-label={t("label")}>
      <table className="w-full text-sm" data-testid="workload-table">
        <caption className="sr-only">{t("caption", { timeZone: workload.timeZone })}</caption>
        <thead className="text-xs text-slate-500">
          <tr>
            <th scope="col" className="py-2 pr-3 text-left font-medium">
              {t("person")}
            </th>
            <th scope="col" className={`${cell} font-medium`}>
              {t("assigned")}
            </th>
            <th scope="col" className={`${cell} font-medium`}>
              {t("pending")}
            </th>
            {workload.weeks.map((week) => (
              <th key={week} scope="col" className={`${cell} font-medium whitespace-nowrap`}>
                <span className="sr-only">{t("weekOf")} </span>
                {f.date(week, { withoutYear: true })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {workload.people.map((person) => (
            <tr
              key={person.id}
              className="border-t border-slate-100"
              data-testid="workload-row"
              data-person={person.name}
            >
              <th scope="row" className="py-2 pr-3 text-left font-normal whitespace-nowrap">
                <span className="block font-medium text-slate-900">{person.name}</span>
                <span className="block text-xs text-slate-500">
                  {person.active ? roleName(person.role) : t("deactivated")}
                </span>
              </th>
              <td className={cell} data-testid="workload-assigned">
                {f.number(person.assigned)}
              </td>
              <td className={cell} data-testid="workload-pending">
                {f.number(person.pending)}
              </td>
              {person.decisionsPerWeek.map((count, i) => (
                <td
                  key={workload.weeks[i]}
                  className={`${cell} ${count === 0 ? "text-slate-400" : ""}`}
                  data-testid="workload-week"
                >
                  {f.number(count)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
