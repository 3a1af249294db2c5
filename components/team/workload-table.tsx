import { EmptyState } from "@/components/ui/empty-state";
import { ROLE_LABELS } from "@/lib/auth/roles";
import type { TeamWorkload } from "@/lib/team/workload";
import { formatDate, formatNumber, formatTimeZone } from "@/lib/format";

const cell = "px-3 py-2 text-right tabular-nums";

/** Assigned applicants, pending decisions and decisions per ISO week, one row per person. */
export function WorkloadTable({ workload }: { workload: TeamWorkload }) {
  if (workload.people.length === 0)
    return (
      <EmptyState title="No underwriters yet" testId="workload-empty">
        Invite an underwriter above; their assigned applicants and decisions appear here.
      </EmptyState>
    );
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Workload">
      <table className="w-full text-sm" data-testid="workload-table">
        <caption className="sr-only">
          Workload per person: decisions per week, weeks starting on Monday (
          {formatTimeZone(workload.timeZone)})
        </caption>
        <thead className="text-xs text-slate-500">
          <tr>
            <th scope="col" className="py-2 pr-3 text-left font-medium">
              Person
            </th>
            <th scope="col" className={`${cell} font-medium`}>
              Assigned
            </th>
            <th scope="col" className={`${cell} font-medium`}>
              Pending decisions
            </th>
            {workload.weeks.map((week) => (
              <th key={week} scope="col" className={`${cell} font-medium whitespace-nowrap`}>
                <span className="sr-only">Decisions in the week of </span>
                {formatDate(week, { withoutYear: true })}
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
                  {person.active ? ROLE_LABELS[person.role] : "Deactivated"}
                </span>
              </th>
              <td className={cell} data-testid="workload-assigned">
                {formatNumber(person.assigned)}
              </td>
              <td className={cell} data-testid="workload-pending">
                {formatNumber(person.pending)}
              </td>
              {person.decisionsPerWeek.map((count, i) => (
                <td
                  key={workload.weeks[i]}
                  className={`${cell} ${count === 0 ? "text-slate-400" : ""}`}
                  data-testid="workload-week"
                >
                  {formatNumber(count)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
