import type { ExportLogEntry } from "@/lib/exports/log";
import { EXPORT_KIND_LABELS } from "@/lib/exports/request";
import { formatDateTime, formatNumber } from "@/lib/format";

const OUTCOMES = { complete: "Complete", cancelled: "Cancelled", failed: "Failed" } as const;
const IDENTIFIERS = { none: "None", masked: "Masked", clear: "In clear" } as const;

/** Who exported what, when, with which filters, and how many rows. */
export function ExportLogTable({
  entries,
  timeZone,
}: {
  entries: ExportLogEntry[];
  /** The organization's time zone (getOrganizationSettings()). */
  timeZone: string;
}) {
  if (!entries.length) {
    return (
      <p className="px-5 py-8 text-center text-sm text-slate-500" data-testid="export-log-empty">
        No exports yet.
      </p>
    );
  }
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="export-log">
        <thead className="border-b border-slate-100 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th className="px-5 py-2 font-medium">When</th>
            <th className="px-3 py-2 font-medium">Who</th>
            <th className="px-3 py-2 font-medium">Export</th>
            <th className="px-3 py-2 font-medium">Filters</th>
            <th className="px-3 py-2 text-right font-medium">Rows</th>
            <th className="px-3 py-2 font-medium">Identifiers</th>
            <th className="px-5 py-2 font-medium">Outcome</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {entries.map((entry) => (
            <tr key={entry.id} data-testid="export-log-row">
              <td className="whitespace-nowrap px-5 py-2 text-slate-600">
                {formatDateTime(entry.at, { timeZone })}
              </td>
              <td className="px-3 py-2 text-slate-900">{entry.actor ?? "A deleted user"}</td>
              <td className="px-3 py-2">{EXPORT_KIND_LABELS[entry.kind].title}</td>
              <td
                className="max-w-xs truncate px-3 py-2 font-mono text-xs text-slate-600"
                title={entry.filters}
              >
                {entry.filters}
              </td>
              <td className="px-3 py-2 text-right tabular-nums">{formatNumber(entry.rows)}</td>
              <td className="px-3 py-2 text-slate-600">{IDENTIFIERS[entry.identifiers]}</td>
              <td className="px-5 py-2">{OUTCOMES[entry.outcome]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
