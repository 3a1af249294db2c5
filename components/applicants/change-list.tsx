import { getTranslations } from "next-intl/server";
import type { ApplicantDetail } from "@/lib/applicant/detail";
import { SNAPSHOT_CHANGE_KINDS, type SnapshotChangeKind } from "@/lib/applicant/snapshot-diff";
import type { AppFormat } from "@/lib/i18n/app-format";
import { getFormat } from "@/lib/i18n/server";
import { storedText, storedValueReader, type StoredValue } from "./stored-values";

type Change = ApplicantDetail["changes"][number];
type Details = Change["details"];
type Value = StoredValue;
type T = Awaited<ReturnType<typeof getTranslations<"applicant.changes">>>;

const text = storedText;

const WEEK_FIELDS = ["weeksContributed", "weeksRedeemed", "weeksReinstated"] as const;
const isWeekField = (field: Value): field is (typeof WEEK_FIELDS)[number] =>
  (WEEK_FIELDS as readonly Value[]).includes(field);

// One sentence per kind; the mapped type makes a new kind in snapshot-diff.ts fail to compile here.
function describers(t: T, f: AppFormat): { [K in SnapshotChangeKind]: (d: Details) => string } {
  const { date, money } = storedValueReader(f);
  return {
    NEW_EMPLOYER: (d) => t("newEmployer", { employer: text(d.employer), date: date(d.startDate) }),
    REHIRE: (d) =>
      d.previousEndDate
        ? t("rehire", {
            employer: text(d.employer),
            date: date(d.startDate),
            previousEnd: date(d.previousEndDate),
          })
        : t("rehireOpen", { employer: text(d.employer), date: date(d.startDate) }),
    EXIT: (d) => t("exit", { employer: text(d.employer), date: date(d.endDate) }),
    SALARY_CHANGE: (d) =>
      t("salaryChange", { employer: text(d.employer), from: money(d.from), to: money(d.to) }),
    JOB_REMOVED: (d) =>
      d.endDate
        ? t("jobRemoved", {
            employer: text(d.employer),
            from: date(d.startDate),
            to: date(d.endDate),
          })
        : t("jobRemovedOpen", { employer: text(d.employer), from: date(d.startDate) }),
    SCORE_CHANGE: (d) =>
      t("scoreChange", { period: text(d.period), from: text(d.from), to: text(d.to) }),
    WEEKS_CHANGE: (d) =>
      t("weeksChange", {
        field: isWeekField(d.field) ? t(`weekFields.${d.field}`) : text(d.field),
        from: text(d.from),
        to: text(d.to),
      }),
  };
}

const isKnownKind = (kind: string): kind is SnapshotChangeKind =>
  (SNAPSHOT_CHANGE_KINDS as readonly string[]).includes(kind);

// A kind this version does not know (an older or newer row): its name in words, and the
// employer when there is one, rather than a raw code or nothing.
function describeUnknown(change: Change, t: T): string {
  const words = change.kind.replaceAll("_", " ").trim().toLowerCase();
  const label = words ? words[0]!.toUpperCase() + words.slice(1) : t("other");
  const employer = change.details?.employer;
  return employer ? t("unknown", { label, employer: text(employer) }) : label;
}

export async function ChangeList({
  changes,
  testId = "change-list",
}: {
  changes: readonly Change[];
  testId?: string;
}) {
  const [t, f] = await Promise.all([getTranslations("applicant.changes"), getFormat()]);
  if (changes.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  const describe = describers(t, f);
  return (
    <ul className="space-y-1 text-sm" data-testid={testId}>
      {changes.map((change) => (
        <li key={change.id}>
          {isKnownKind(change.kind)
            ? describe[change.kind](change.details ?? {})
            : describeUnknown(change, t)}
        </li>
      ))}
    </ul>
  );
}
