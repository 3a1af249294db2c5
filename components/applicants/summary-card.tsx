import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { employerLabel } from "@/lib/applicant/employer-label";
import {
  amountText,
  cappedWarning,
  cashText,
  currentEmployersText,
  declaredText,
  incomeHints,
  tenureText,
  weeksText,
  type SummaryTranslate,
} from "@/lib/applicant/summary-text";
import { sameName } from "@/lib/metrics/same-name";
import type { ApplicantDetail } from "@/lib/applicant/detail";
import type { SnapshotView } from "@/lib/applicant/snapshot-view";
import { getFormat } from "@/lib/i18n/server";
import type { ApplicantMetrics } from "@/lib/metrics";
import { LinkStatusBadge } from "./link-status-badge";

type Props = {
  applicant: ApplicantDetail;
  snapshot: SnapshotView;
  metrics: ApplicantMetrics;
};

function Fact({
  label,
  children,
  testId,
  hint,
}: {
  label: string;
  children: React.ReactNode;
  testId?: string;
  /** How the figure is computed, under it. */
  hint?: string;
}) {
  return (
    <div>
      <dt className="text-slate-600">{label}</dt>
      <dd className="font-medium text-slate-900" data-testid={testId}>
        {children}
      </dd>
      {hint ? <dd className="mt-0.5 text-xs text-slate-500">{hint}</dd> : null}
    </div>
  );
}

/** The headline facts an underwriter reads first. */
export async function SummaryCard({ applicant, snapshot, metrics }: Props) {
  const [t, f] = await Promise.all([getTranslations("applicant.summary"), getFormat()]);
  const ts = t as unknown as SummaryTranslate;
  const income = metrics.income;
  const hints = incomeHints(income, ts);
  const declared = metrics.declaredIncome ? declaredText(metrics.declaredIncome, ts, f) : null;
  const capped = cappedWarning(metrics, ts, f);
  const link = applicant.link?.status ?? null;
  const officialName = snapshot.officialName;
  const nameDiffers = officialName !== null && !sameName(officialName, applicant.name);
  const mismatch = t.rich("nameMismatch", {
    official: officialName ?? "",
    entered: applicant.name,
    strong: (chunks) => <strong>{chunks}</strong>,
  });
  return (
    <Card data-testid="summary">
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
      </CardHeader>
      <CardContent className="space-y-3 text-sm">
        {nameDiffers ? (
          <p className="rounded-md bg-red-50 px-3 py-2 text-red-800" data-testid="name-mismatch">
            {mismatch}
          </p>
        ) : null}
        {link === "INVALID" || link === "TOKEN_REQUIRED" ? (
          <p className="rounded-md bg-red-50 px-3 py-2 text-red-800" data-testid="reconnect-hint">
            {t("reconnect")}
          </p>
        ) : null}
        {capped ? (
          <p
            className="rounded-md bg-amber-50 px-3 py-2 text-amber-900"
            data-testid="capped-warning"
          >
            {capped}
          </p>
        ) : null}
        <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2 lg:grid-cols-4">
          <Fact label={t("status")} testId="summary-status">
            {t(`statuses.${metrics.status}`)}
          </Fact>
          <Fact label={t("employers")} testId="summary-employers">
            {currentEmployersText(metrics, ts)}
          </Fact>
          <Fact label={t("tenure")} testId="summary-tenure">
            {tenureText(metrics, ts, f)}
          </Fact>
          <Fact label={t("daily")} testId="summary-daily">
            {income ? amountText(income, income.dailySalary, ts, f) : "—"}
          </Fact>
          <Fact label={hints.monthlyLabel} testId="summary-monthly" hint={hints.monthly}>
            {income ? amountText(income, income.monthlyIncome, ts, f) : "—"}
          </Fact>
          <Fact label={t("cash")} testId="summary-cash" hint={hints.cash}>
            {income ? cashText(income, ts, f) : "—"}
          </Fact>
          {declared ? (
            <Fact label={t("declared")} testId="summary-declared" hint={declared.hint}>
              {declared.value}
            </Fact>
          ) : null}
          <Fact label={t("weeks")} testId="summary-weeks">
            {weeksText(metrics, ts, f)}
          </Fact>
          <Fact label={t("collected")} testId="summary-as-of">
            {f.dateTime(snapshot.collectedAt)}
          </Fact>
          <Fact label={t("link")}>
            <LinkStatusBadge status={link} />
          </Fact>
          <Fact label={t("officialName")}>{officialName ?? "—"}</Fact>
        </dl>
        {!income && metrics.lastSalary ? (
          <p className="text-xs text-slate-600">
            {t("lastSalary", {
              amount: f.money(metrics.lastSalary.dailySalary),
              employer: employerLabel(metrics.lastSalary.employer),
              date: f.date(metrics.lastSalary.endDate),
            })}
          </p>
        ) : null}
      </CardContent>
    </Card>
  );
}
