import type { SnapshotView } from "@/lib/applicant/snapshot-view";
import { formatDateTime, formatNumber } from "@/lib/format";

type Props = {
  snapshots: readonly SnapshotView[];
  /** The organization's time zone (getOrganizationSettings()). */
  timeZone: string;
};

export function SnapshotList({ snapshots, timeZone }: Props) {
  if (snapshots.length === 0) return <p className="text-sm text-slate-600">No pulls yet.</p>;
  return (
    <ul className="space-y-1 text-sm" data-testid="snapshot-list">
      {snapshots.map((snapshot, i) => (
        <li key={snapshot.id}>
          {formatDateTime(snapshot.collectedAt, { timeZone })} ·{" "}
          {formatNumber(snapshot.jobs.length)} employer record(s){i === 0 ? " · latest" : ""}
        </li>
      ))}
    </ul>
  );
}
