import type { SnapshotView } from "@/lib/data/snapshot-view";

const ENTITLEMENT: Record<string, string> = {
  EMPLOYED: "Employed",
  UNEMPLOYED: "Unemployed",
  RETIRED: "Retired",
};

/** The headline facts of one pull: status, weeks and Belvo's employment scores. */
export function SnapshotFacts({ snapshot }: { snapshot: SnapshotView }) {
  const weeks = snapshot.socialSecuritySummary;
  const facts = [
    ["Name on record", snapshot.officialName ?? "—"],
    [
      "Status",
      snapshot.entitlementStatus
        ? (ENTITLEMENT[snapshot.entitlementStatus] ?? snapshot.entitlementStatus)
        : "—",
    ],
    ["Weeks contributed", weeks?.weeksContributed ?? "Not reported (ISSSTE)"],
    [
      "Weeks redeemed / reinstated",
      weeks
        ? `${weeks.weeksRedeemed ?? "—"} / ${weeks.weeksReinstated ?? "—"}`
        : "Not reported (ISSSTE)",
    ],
  ] as const;
  return (
    <div className="space-y-4 text-sm">
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt className="text-slate-500">{label}</dt>
            <dd className="font-medium text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
      <div data-testid="scores">
        <p className="text-slate-500">Employment score (300–900, higher is better)</p>
        {snapshot.scores ? (
          <div className="mt-1 flex gap-6">
            {snapshot.scores.map((score) => (
              <div key={score.period}>
                <span className="text-lg font-semibold">{score.score ?? "—"}</span>{" "}
                <span className="text-slate-500">next {score.period} months</span>
              </div>
            ))}
          </div>
        ) : (
          <p className="mt-1 text-slate-600">
            Belvo scores IMSS records only; this record has none.
          </p>
        )}
      </div>
    </div>
  );
}
