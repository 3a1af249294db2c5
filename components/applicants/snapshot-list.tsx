import type { SnapshotView } from "@/lib/applicant/snapshot-view";
import { formatDateTime, formatNumber } from "@/lib/format";

export function SnapshotList({ snapshots }: { snapshots: readonly SnapshotView[] }) {
  if (snapshots.length === 0) return <p className="text-sm text-slate-600">No pulls yet.</p>;
  return (
    <ul className="space-y-1 text-sm" data-testid="snapshot-list">
      {snapshots.map((snapshot, i) => (
        <li key={snapshot.id}>
          {formatDateTime(snapshot.collectedAt)} · {formatNumber(snapshot.jobs.length)} employer
          record(s){i === 0 ? " · latest" : ""}
        </li>
      ))}
    </ul>
  );
}
