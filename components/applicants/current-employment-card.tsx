import type { CurrentEmploymentSnapshot } from "@/lib/belvo";
import { formatDate, formatDateTime, formatMXN } from "@/lib/format";

/**
 * IMSS's current-employment report (what the employer filed for the latest month). Refreshing
 * fetches only the employment records, so this report can be older than the records on the page:
 * it always says which pull it comes from, and says so loudly when that pull is not the latest.
 */
export function CurrentEmploymentFacts({
  current,
  recordsCollectedAt,
  timeZone,
}: {
  current: Omit<CurrentEmploymentSnapshot, "documents"> | null;
  /** `collectedAt` of the newest snapshot, the records the rest of the page shows. */
  recordsCollectedAt: string | null;
  /** The organization's time zone (getOrganizationSettings()). */
  timeZone: string;
}) {
  if (!current)
    return <p className="text-sm text-slate-600">No current-employment report stored.</p>;
  const older =
    recordsCollectedAt !== null &&
    new Date(current.collectedAt).getTime() < new Date(recordsCollectedAt).getTime();
  return (
    <div className="space-y-2 text-sm" data-testid="current-employment">
      {older && recordsCollectedAt ? (
        <p
          className="rounded-md bg-amber-50 px-3 py-2 text-amber-900"
          data-testid="current-employment-older"
        >
          From an earlier pull ({formatDateTime(current.collectedAt, { timeZone })}); the records
          above are from {formatDateTime(recordsCollectedAt, { timeZone })}. Refreshing updates only
          the employment records, so these figures may no longer match them.
        </p>
      ) : null}
      <p className="text-slate-600" data-testid="current-employment-pull">
        From the pull of {formatDateTime(current.collectedAt, { timeZone })}
        {recordsCollectedAt && !older ? " (as recent as the records above)" : ""} · reported month{" "}
        {current.month ?? "—"}
      </p>
      {current.employers.length === 0 ? (
        <p>No employer reported for that month.</p>
      ) : (
        <ul className="space-y-1">
          {current.employers.map((employer, i) => (
            <li key={`${employer.employerId ?? employer.name ?? "employer"}-${i}`}>
              <span className="font-medium">{employer.name ?? "—"}</span>
              {employer.startDate ? ` · since ${formatDate(employer.startDate, { timeZone })}` : ""}
              {employer.dailySalary ? ` · ${formatMXN(employer.dailySalary)} a day` : ""}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
