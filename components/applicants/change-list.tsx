import type { ApplicantDetail } from "@/lib/applicant/detail";
import { SNAPSHOT_CHANGE_KINDS, type SnapshotChangeKind } from "@/lib/applicant/snapshot-diff";
import { formatDate, formatMXN } from "@/lib/format";

type Change = ApplicantDetail["changes"][number];
type Details = Change["details"];

const text = (value: string | number | null | undefined) =>
  value === null || value === undefined ? "—" : String(value);

// Rows are stored JSON: a missing date shows a dash, a malformed one its text, never an error.
const date = (value: string | number | null | undefined) => {
  if (typeof value !== "string") return "—";
  try {
    return formatDate(value);
  } catch {
    return value;
  }
};

const money = (value: string | number | null | undefined) =>
  value === null || value === undefined || value === "" ? "—" : formatMXN(text(value));

const WEEK_FIELDS: Record<string, string> = {
  weeksContributed: "Weeks contributed",
  weeksRedeemed: "Weeks redeemed",
  weeksReinstated: "Weeks reinstated",
};

// One sentence per kind; the mapped type makes a new kind in snapshot-diff.ts fail to compile here.
const DESCRIBE: { [K in SnapshotChangeKind]: (d: Details) => string } = {
  NEW_EMPLOYER: (d) => `New employer: ${text(d.employer)} since ${date(d.startDate)}`,
  REHIRE: (d) =>
    d.previousEndDate
      ? `Rehired at ${text(d.employer)} since ${date(d.startDate)}; the previous job there ended ${date(d.previousEndDate)}`
      : `New job at ${text(d.employer)} since ${date(d.startDate)}, while an earlier job there is still open`,
  EXIT: (d) => `Left ${text(d.employer)} on ${date(d.endDate)}`,
  SALARY_CHANGE: (d) => `Daily salary at ${text(d.employer)}: ${money(d.from)} → ${money(d.to)}`,
  JOB_REMOVED: (d) =>
    d.endDate
      ? `No longer in the record: the job at ${text(d.employer)} from ${date(d.startDate)} to ${date(d.endDate)}`
      : `No longer in the record: the open job at ${text(d.employer)} since ${date(d.startDate)}`,
  SCORE_CHANGE: (d) => `${text(d.period)}-month score: ${text(d.from)} → ${text(d.to)}`,
  WEEKS_CHANGE: (d) =>
    `${WEEK_FIELDS[text(d.field)] ?? text(d.field)}: ${text(d.from)} → ${text(d.to)}`,
};

const isKnownKind = (kind: string): kind is SnapshotChangeKind =>
  (SNAPSHOT_CHANGE_KINDS as readonly string[]).includes(kind);

// A kind this version does not know (an older or newer row): its name in words, and the
// employer when there is one, rather than a raw code or nothing.
function describeUnknown(change: Change): string {
  const words = change.kind.replaceAll("_", " ").trim().toLowerCase();
  const label = words ? words[0]!.toUpperCase() + words.slice(1) : "Other change";
  const employer = change.details?.employer;
  return employer ? `${label}: ${text(employer)}` : label;
}

function describe(change: Change): string {
  const details = change.details ?? {};
  return isKnownKind(change.kind) ? DESCRIBE[change.kind](details) : describeUnknown(change);
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
