import "server-only";
import { getApplicantAuditTrail } from "@/lib/applicant/audit-view";
import { getApplicantDetail } from "@/lib/applicant/detail";
import { listAssignableUsers } from "@/lib/applicant/assignment";
import { listDecisions } from "@/lib/applicant/decisions";
import { now } from "@/lib/clock";
import { snapshotFigures } from "@/lib/metrics/snapshot-figures";
import { dataAge } from "@/lib/metrics/data-age";
import { getFigureSettings, getOrganizationSettings } from "@/lib/settings/organization";
import { approvalRules } from "@/lib/applicant/decision-rules";
import { getTranslations } from "next-intl/server";
import { explainFlag, flagLabel, flagSummary } from "@/lib/i18n/flag-text";
import type { MetricsTranslate } from "@/lib/i18n/flag-text";
import { getFormat } from "@/lib/i18n/server";
import type { ApplicantMetrics } from "@/lib/metrics";
import type { SessionUser } from "@/lib/auth/users";
import { byFlagOrder, isSignalCode } from "@/lib/metrics/flag-rules";
import { listDismissals, type Dismissal } from "@/lib/signals/dismissals";
import { portfolioSignals } from "@/lib/signals/portfolio";
import { loadApplicantRights } from "@/lib/privacy/applicant-rights";

/** Everything the applicant page renders, loaded in as few round trips as the data allows. */
export async function loadApplicantPage(user: SessionUser, id: string, at: Date = now()) {
  // The detail read records the view, so the audit trail is read after it and includes it.
  const applicant = await getApplicantDetail(user, id);
  const [decisions, audit, users, settings, portfolio, dismissals, privacy] = await Promise.all([
    listDecisions(applicant.id),
    getApplicantAuditTrail(applicant.id),
    listAssignableUsers(),
    getFigureSettings(),
    portfolioSignals(applicant.id),
    listDismissals(applicant.id),
    loadApplicantRights(applicant.id),
  ]);
  const latest = applicant.snapshots[0] ?? null;
  const figures = latest
    ? snapshotFigures({
        snapshot: latest,
        institution: applicant.institution,
        settings,
        declaredMonthlyIncome: applicant.declaredMonthlyIncome,
        typedName: applicant.name,
        appliedAt: applicant.createdAt,
      })
    : null;
  const metrics = figures
    ? await presentFlags({ ...figures, flags: [...figures.flags, ...portfolio] }, dismissals)
    : null;
  const age = latest ? dataAge(latest.collectedAt, at, settings.timeZone) : null;
  const { timeZone, flagWindowMonths } = settings;
  const rules = await presentRules(applicant);
  return {
    applicant,
    latest,
    metrics,
    age,
    decisions,
    audit,
    users,
    rules,
    timeZone,
    flagWindowMonths,
    privacy,
  };
}

/**
 * The figures with each flag's label, rule and explanation in the reader's language; a risk signal
 * says whether it may be dismissed, and a dismissed one why, by whom and when.
 */
async function presentFlags(metrics: ApplicantMetrics, dismissals: readonly Dismissal[]) {
  const [t, f] = await Promise.all([getTranslations("metrics"), getFormat()]);
  const translate = t as unknown as MetricsTranslate;
  return {
    ...metrics,
    flags: [...metrics.flags]
      .sort((a, b) => byFlagOrder(a.code, b.code))
      .map((flag) => ({
        ...flag,
        label: flagLabel(translate, flag.code),
        summary: flagSummary(translate, flag.code),
        explanation: explainFlag(flag, { asOf: metrics.asOf, t: translate, f }),
        dismissible: isSignalCode(flag.code),
        dismissal: dismissals.find((dismissal) => dismissal.code === flag.code) ?? null,
      })),
  };
}

/** What an approval needs here, with each red flag's words: the rules the server enforces. */
async function presentRules(applicant: { storedFlags: string[]; score12: number | null }) {
  const [t, organization] = await Promise.all([
    getTranslations("metrics"),
    getOrganizationSettings(),
  ]);
  const translate = t as unknown as MetricsTranslate;
  const rules = approvalRules({
    flags: applicant.storedFlags,
    score12: applicant.score12,
    fourEyes: organization.fourEyesApproval,
  });
  return {
    redFlags: rules.redFlags.map((code) => ({
      code,
      label: flagLabel(translate, code),
      summary: flagSummary(translate, code),
    })),
    highRiskScore: rules.highRiskScore ? applicant.score12 : null,
    signOffRequired: rules.signOffRequired,
  };
}

export type PresentedMetrics = Awaited<ReturnType<typeof presentFlags>>;

export type ApplicantPageData = Awaited<ReturnType<typeof loadApplicantPage>>;
