import type { CurrentEmploymentSnapshot } from "@/lib/belvo";
import { formatDate, formatDateTime, formatMXN } from "@/lib/format";

/** IMSS's current-employment report (what the employer filed for the latest month). */
export function CurrentEmploymentFacts({
  current,
}: {
  current: Omit<CurrentEmploymentSnapshot, "documents"> | null;
}) {
  if (!current)
    return <p className="text-sm text-slate-600">No current-employment report stored.</p>;
  return (
    <div className="space-y-2 text-sm" data-testid="current-employment">
      <p className="text-slate-600">
        Reported month {current.month ?? "—"} · collected {formatDateTime(current.collectedAt)}
      </p>
      {current.employers.length === 0 ? (
        <p>No employer reported for that month.</p>
      ) : (
        <ul className="space-y-1">
          {current.employers.map((employer, i) => (
            <li key={`${employer.employerId ?? employer.name ?? "employer"}-${i}`}>
              <span className="font-medium">{employer.name ?? "—"}</span>
              {employer.startDate ? ` · since ${formatDate(employer.startDate)}` : ""}
              {employer.dailySalary ? ` · ${formatMXN(employer.dailySalary)} a day` : ""}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
