import { getTranslations } from "next-intl/server";
import type { SnapshotView } from "@/lib/applicant/snapshot-view";
import { getFormat } from "@/lib/i18n/server";

type Props = { snapshots: readonly SnapshotView[] };

export async function SnapshotList({ snapshots }: Props) {
  const [t, f] = await Promise.all([getTranslations("applicant.snapshots"), getFormat()]);
  if (snapshots.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  return (
    <ul className="space-y-1 text-sm" data-testid="snapshot-list">
      {snapshots.map((snapshot, i) => (
        <li key={snapshot.id}>
          {t("item", { date: f.dateTime(snapshot.collectedAt), count: snapshot.jobs.length })}
          {i === 0 ? ` · ${t("latest")}` : ""}
        </li>
      ))}
    </ul>
  );
}
