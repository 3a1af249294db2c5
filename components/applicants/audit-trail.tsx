import type { AuditEntry } from "@/lib/applicant/audit-view";
import { formatDateTime, formatNumber } from "@/lib/format";

/** Who viewed, exported, assigned or decided on this applicant, newest first. */
export function AuditTrail({
  entries,
  timeZone,
}: {
  entries: readonly AuditEntry[];
  /** The organization's time zone (getOrganizationSettings()). */
  timeZone: string;
}) {
  if (entries.length === 0) return <p className="text-sm text-slate-600">Nothing recorded yet.</p>;
  return (
    <ol className="max-h-72 space-y-1 overflow-y-auto text-sm" data-testid="audit-trail">
      {entries.map((entry) => (
        <li key={entry.id} className="flex flex-wrap gap-x-2">
          <span className="text-slate-600">{formatDateTime(entry.at, { timeZone })}</span>
          <span>
            <span className="font-medium">{entry.actor ?? "System"}</span> · {entry.label}
            {entry.count > 1 ? ` (${formatNumber(entry.count)} times)` : ""}
          </span>
        </li>
      ))}
    </ol>
  );
}
