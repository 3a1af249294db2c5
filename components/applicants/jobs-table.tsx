import type { SnapshotView } from "@/lib/data/snapshot-view";
import { formatDate, formatMXN } from "@/lib/format";

/** The employers of one snapshot; also the text alternative to the charts. */
export function JobsTable({ jobs }: { jobs: SnapshotView["jobs"] }) {
  if (jobs.length === 0)
    return <p className="text-sm text-slate-600">No formal employment on record.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm" data-testid="jobs-table">
        <thead className="text-left text-xs font-medium uppercase tracking-wide text-slate-500">
          <tr>
            <th className="py-2 pr-4">Employer</th>
            <th className="py-2 pr-4">Registro patronal</th>
            <th className="py-2 pr-4">State</th>
            <th className="py-2 pr-4">Start</th>
            <th className="py-2 pr-4">End</th>
            <th className="py-2 pr-4 text-right">Weeks</th>
            <th className="py-2 pr-4 text-right">Daily salary</th>
            <th className="py-2 text-right">Monthly</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {jobs.map((job) => (
            <tr key={`${job.employerId ?? job.employer}-${job.startDate}`}>
              <td className="py-2 pr-4 font-medium">{job.employer.replace(";", " · ")}</td>
              <td className="py-2 pr-4 font-mono text-xs">{job.employerId ?? "—"}</td>
              <td className="py-2 pr-4">{job.state ?? "—"}</td>
              <td className="py-2 pr-4">{formatDate(job.startDate)}</td>
              <td className="py-2 pr-4">{job.endDate ? formatDate(job.endDate) : "Current"}</td>
              <td className="py-2 pr-4 text-right">{job.weeksEmployed ?? "—"}</td>
              <td className="py-2 pr-4 text-right">
                {job.mostRecentDailySalary ? formatMXN(job.mostRecentDailySalary) : "—"}
              </td>
              <td className="py-2 text-right">
                {job.monthlySalary ? formatMXN(job.monthlySalary) : "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
