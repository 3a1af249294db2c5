import type { ApplicantDetail } from "@/lib/applicant/detail";
import { formatDate, formatMXN } from "@/lib/format";

type Change = ApplicantDetail["changes"][number];

const text = (value: string | number | null | undefined) =>
  value === null || value === undefined ? "—" : String(value);

function describe(change: Change): string {
  const d = change.details;
  switch (change.kind) {
    case "NEW_EMPLOYER":
      return `New employer: ${text(d.employer)} since ${formatDate(text(d.startDate))}`;
    case "EXIT":
      return `Left ${text(d.employer)} on ${formatDate(text(d.endDate))}`;
    case "SALARY_CHANGE":
      return `Daily salary at ${text(d.employer)}: ${d.from ? formatMXN(text(d.from)) : "—"} → ${d.to ? formatMXN(text(d.to)) : "—"}`;
    case "SCORE_CHANGE":
      return `${text(d.period)}-month score: ${text(d.from)} → ${text(d.to)}`;
    case "WEEKS_CHANGE":
      return `${{ weeksContributed: "Weeks contributed", weeksRedeemed: "Weeks redeemed", weeksReinstated: "Weeks reinstated" }[text(d.field)] ?? text(d.field)}: ${text(d.from)} → ${text(d.to)}`;
    default:
      return change.kind;
  }
}

export function ChangeList({ changes }: { changes: readonly Change[] }) {
  if (changes.length === 0)
    return <p className="text-sm text-slate-600">No changes between pulls yet.</p>;
  return (
    <ul className="space-y-1 text-sm" data-testid="change-list">
      {changes.map((change) => (
        <li key={change.id}>{describe(change)}</li>
      ))}
    </ul>
  );
}
