import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { DECISION_OUTCOMES, OUTCOME_KEYS } from "@/lib/applicant/decision-reasons";
import { getFormat } from "@/lib/i18n/server";
import { AGEING_BUCKETS, type TeamWorkload } from "@/lib/team/workload";

const cell = "px-3 py-2 text-right tabular-nums";
const head = `${cell} font-medium whitespace-nowrap`;
const group = "border-l border-slate-100";
const groupHead = `px-3 pt-2 text-center font-medium whitespace-nowrap ${group}`;

/** A count cell; `first` opens a group of columns, zero reads quieter. */
function Count(props: { value: number; text: string; testId: string; first?: boolean }) {
  const { value, text, testId, first = false } = props;
  return (
    <td
      className={`${cell} ${first ? group : ""} ${value === 0 ? "text-slate-400" : ""}`}
      data-testid={testId}
    >
      {text}
    </td>
  );
}

/** Open work per ageing bucket, oldest last. */
function AgeingCells({ counts, format }: { counts: number[]; format: (n: number) => string }) {
  return counts.map((value, i) => (
    <Count
      key={AGEING_BUCKETS[i]?.key ?? i}
      value={value}
      text={format(value)}
      testId="workload-ageing"
      first={i === 0}
    />
  ));
}

/**
 * One row per person: applicants assigned, open work by age, the outcomes of their decisions in
 * the weeks shown, and their decisions per ISO week; then the open work nobody is assigned to.
 */
export async function WorkloadTable({
  workload,
  timeZone,
}: {
  workload: TeamWorkload;
  /** The organization's time zone as the reader names it. */
  timeZone: string;
}) {
  const [t, roleName, f] = await Promise.all([
    getTranslations("team.workload"),
    getTranslations("common.roles"),
    getFormat(),
  ]);
  if (workload.people.length === 0 && workload.unassigned.open === 0)
    return (
      <EmptyState title={t("empty.title")} testId="workload-empty">
        {t("empty.body")}
      </EmptyState>
    );
  const notApplicable = (span: number) => (
    <td colSpan={span} className={`${cell} ${group} text-slate-400`}>
      <span aria-hidden="true">—</span>
      <span className="sr-only">{t("notApplicable")}</span>
    </td>
  );
  return (
    <div className="relative overflow-x-auto" tabIndex={0} role="region" aria-label={t("label")}>
      <table className="w-full text-sm" data-testid="workload-table">
        <caption className="sr-only">{t("caption", { timeZone })}</caption>
        <colgroup span={3} />
        <colgroup span={AGEING_BUCKETS.length} />
        <colgroup span={DECISION_OUTCOMES.length} />
        <colgroup span={workload.weeks.length} />
        <thead className="text-xs text-slate-500">
          <tr>
            <td colSpan={3} />
            <th scope="colgroup" colSpan={AGEING_BUCKETS.length} className={groupHead}>
              {t("groups.ageing")}
            </th>
            <th scope="colgroup" colSpan={DECISION_OUTCOMES.length} className={groupHead}>
              {t("groups.outcomes")}
            </th>
            <th scope="colgroup" colSpan={workload.weeks.length} className={groupHead}>
              {t("groups.weeks")}
            </th>
          </tr>
          <tr>
            <th scope="col" className="py-2 pr-3 text-left font-medium">
              {t("person")}
            </th>
            <th scope="col" className={head}>
              {t("assigned")}
            </th>
            <th scope="col" className={head}>
              {t("open")}
            </th>
            {AGEING_BUCKETS.map((bucket, i) => (
              <th key={bucket.key} scope="col" className={`${head} ${i === 0 ? group : ""}`}>
                {t(`ageing.${bucket.key}`, bucket.params)}
              </th>
            ))}
            {DECISION_OUTCOMES.map((outcome, i) => (
              <th key={outcome} scope="col" className={`${head} ${i === 0 ? group : ""}`}>
                {t(`outcomes.${OUTCOME_KEYS[outcome]}`)}
              </th>
            ))}
            {workload.weeks.map((week, i) => (
              <th key={week} scope="col" className={`${head} ${i === 0 ? group : ""}`}>
                <span className="sr-only">{t("weekOf")} </span>
                {f.date(week, { withoutYear: true })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {workload.people.map((person) => (
            <tr
              key={person.id}
              className="border-t border-slate-100"
              data-testid="workload-row"
              data-person={person.name}
            >
              <th scope="row" className="py-2 pr-3 text-left font-normal whitespace-nowrap">
                <span className="block font-medium text-slate-900">{person.name}</span>
                <span className="block text-xs text-slate-500">
                  {person.active ? roleName(person.role) : t("deactivated")}
                </span>
              </th>
              <Count
                value={person.assigned}
                text={f.number(person.assigned)}
                testId="workload-assigned"
              />
              <Count value={person.open} text={f.number(person.open)} testId="workload-open" />
              <AgeingCells counts={person.ageing} format={f.number} />
              {DECISION_OUTCOMES.map((outcome, i) => (
                <Count
                  key={outcome}
                  value={person.outcomes[outcome]}
                  text={f.number(person.outcomes[outcome])}
                  testId={`workload-${OUTCOME_KEYS[outcome]}`}
                  first={i === 0}
                />
              ))}
              {person.decisionsPerWeek.map((value, i) => (
                <Count
                  key={workload.weeks[i]}
                  value={value}
                  text={f.number(value)}
                  testId="workload-week"
                  first={i === 0}
                />
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-slate-200" data-testid="workload-unassigned">
            <th scope="row" className="py-2 pr-3 text-left font-normal whitespace-nowrap">
              <span className="block font-medium text-slate-900">{t("unassigned")}</span>
              <span className="block text-xs text-slate-500">{t("unassignedHint")}</span>
            </th>
            {notApplicable(1)}
            <Count
              value={workload.unassigned.open}
              text={f.number(workload.unassigned.open)}
              testId="workload-open"
            />
            <AgeingCells counts={workload.unassigned.ageing} format={f.number} />
            {notApplicable(DECISION_OUTCOMES.length + workload.weeks.length)}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
