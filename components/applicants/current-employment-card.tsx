import { getTranslations } from "next-intl/server";
import type { CurrentEmploymentSnapshot } from "@/lib/belvo";
import { getFormat } from "@/lib/i18n/server";

/**
 * IMSS's current-employment report (what the employer filed for the latest month). Refreshing
 * fetches only the employment records, so this report can be older than the records on the page:
 * it always says which pull it comes from, and says so loudly when that pull is not the latest.
 */
export async function CurrentEmploymentFacts({
  current,
  recordsCollectedAt,
}: {
  current: Omit<CurrentEmploymentSnapshot, "documents"> | null;
  /** `collectedAt` of the newest snapshot, the records the rest of the page shows. */
  recordsCollectedAt: string | null;
}) {
  const [t, f] = await Promise.all([getTranslations("applicant.currentEmployment"), getFormat()]);
  if (!current) return <p className="text-sm text-slate-600">{t("none")}</p>;
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
          {t("older", {
            reportAt: f.dateTime(current.collectedAt),
            recordsAt: f.dateTime(recordsCollectedAt),
          })}
        </p>
      ) : null}
      <p className="text-slate-600" data-testid="current-employment-pull">
        {t("pull", { date: f.dateTime(current.collectedAt) })}
        {recordsCollectedAt && !older ? ` ${t("sameAsRecords")}` : ""} ·{" "}
        {t("month", { month: current.month ?? "—" })}
      </p>
      {current.employers.length === 0 ? (
        <p>{t("noEmployer")}</p>
      ) : (
        <ul className="space-y-1">
          {current.employers.map((employer, i) => (
            <li key={`${employer.employerId ?? employer.name ?? "employer"}-${i}`}>
              <span className="font-medium">{employer.name ?? "—"}</span>
              {employer.startDate ? ` · ${t("since", { date: f.date(employer.startDate) })}` : ""}
              {employer.dailySalary
                ? ` · ${t("daily", { amount: f.money(employer.dailySalary) })}`
                : ""}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
