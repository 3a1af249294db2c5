import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { employerLabel } from "@/lib/applicant/employer-label";
import { sameName } from "@/lib/metrics/same-name";
import type { ApplicantDetail } from "@/lib/applicant/detail";
import type { SnapshotView } from "@/lib/applicant/snapshot-view";
import type { AppFormat } from "@/lib/i18n/app-format";
import { getFormat } from "@/lib/i18n/server";
import type { ApplicantMetrics } from "@/lib/metrics";
import { LinkStatusBadge } from "./link-status-badge";

type Props = {
  applicant: ApplicantDetail;
  snapshot: SnapshotView;
  metrics: ApplicantMetrics;
};

type T = Awaited<ReturnType<typeof getTranslations<"applicant.summary">>>;

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

type Income = NonNullable<ApplicantMetrics["income"]>;

/** "$29,802.03", or "al menos $89,155.60" when a salary sits at the ceiling. */
const amount = (income: Income, text: string, t: T, f: AppFormat) =>
  income.atLeast ? t("atLeast", { amount: f.money(text) }) : f.money(text);

function incomeHints(income: Income | null, t: T) {
  if (income?.method === "issste-monthly")
    return {
      monthlyLabel: t("monthlyIssste"),
      monthly: t("monthlyHintIssste"),
      cash: t("cashHintIssste"),
    };
  return {
    monthlyLabel: t("monthly"),
    monthly: t("monthlyHint"),
    cash: income?.atLeast ? t("cashHintCapped") : t("cashHint"),
  };
}

function cashText(income: Income, t: T, f: AppFormat): string {
  const value = f.money(income.estimatedCashBasePay);
  if (income.method === "issste-monthly") return t("perMonth", { amount: value });
  return income.atLeast
    ? t("perMonthAtLeast", { amount: value })
    : t("perMonthAtMost", { amount: value });
}

const weeksText = (value: number | null | undefined, f: AppFormat) =>
  value === null || value === undefined ? "—" : f.number(value);

/** The headline facts an underwriter reads first. */
export async function SummaryCard({ applicant, snapshot, metrics }: Props) {
  const [t, f] = await Promise.all([getTranslations("applicant.summary"), getFormat()]);
  const income = metrics.income;
  const hints = incomeHints(income, t);
  const declared = metrics.declaredIncome;
  const capped = metrics.currentJobs.filter((job) => job.capped);
  const weeks = metrics.socialSecuritySummary;
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
        {capped.length ? (
          <p
            className="rounded-md bg-amber-50 px-3 py-2 text-amber-900"
            data-testid="capped-warning"
          >
            {t("capped", {
              employers: capped.map((job) => employerLabel(job.employer)).join(", "),
              count: capped.length,
              cap: f.money(capped[0]?.capDaily ?? "0"),
            })}
          </p>
        ) : null}
        <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2 lg:grid-cols-4">
          <Fact label={t("status")} testId="summary-status">
            {t(`statuses.${metrics.status}`)}
          </Fact>
          <Fact label={t("employers")} testId="summary-employers">
            {metrics.currentJobs.length
              ? metrics.currentJobs.map((job) => employerLabel(job.employer)).join(" · ")
              : t("none")}
          </Fact>
          <Fact label={t("tenure")} testId="summary-tenure">
            {metrics.tenureAtCurrentEmployerDays === null
              ? "—"
              : t("tenureSince", {
                  span: f.span(metrics.tenureAtCurrentEmployerDays),
                  date: f.date(metrics.currentJobs[0]?.startDate ?? metrics.asOf),
                })}
          </Fact>
          <Fact label={t("daily")} testId="summary-daily">
            {income ? amount(income, income.dailySalary, t, f) : "—"}
          </Fact>
          <Fact label={hints.monthlyLabel} testId="summary-monthly" hint={hints.monthly}>
            {income ? amount(income, income.monthlyIncome, t, f) : "—"}
          </Fact>
          <Fact label={t("cash")} testId="summary-cash" hint={hints.cash}>
            {income ? cashText(income, t, f) : "—"}
          </Fact>
          {declared ? (
            <Fact
              label={t("declared")}
              testId="summary-declared"
              hint={[
                t("declaredHint", { tolerance: f.percent(declared.tolerancePct / 100) }),
                declared.verifiedIsFloor ? t("declaredHintFloor") : "",
              ]
                .filter(Boolean)
                .join(" ")}
            >
              {f.money(declared.declared)} /{" "}
              {declared.verified ? f.money(declared.verified) : t("noneVerified")}
              {declared.ratio !== null
                ? ` (${f.percent(declared.ratio - 1, { signed: true })})`
                : ""}
            </Fact>
          ) : null}
          <Fact label={t("weeks")} testId="summary-weeks">
            {weeks
              ? `${weeksText(weeks.weeksContributed, f)} / ${weeksText(weeks.weeksRedeemed, f)} / ${weeksText(weeks.weeksReinstated, f)}`
              : t("weeksIssste")}
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
