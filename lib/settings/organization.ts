import "server-only";
import { cache } from "react";
import type { AlertRecipients } from "@/lib/alerts/rules";
import { db } from "@/lib/db";
import { DEFAULT_FIGURE_SETTINGS } from "@/lib/metrics";
import type { FigureSettings } from "@/lib/metrics";
import { referenceTable } from "@/lib/metrics/reference-values";
import type { ReferenceYear } from "@/lib/metrics/reference-values";

export const DEFAULT_TIME_ZONE = "America/Mexico_City";

export interface OrganizationSettings {
  timeZone: string;
  flagWindowMonths: number;
  declaredIncomeTolerancePct: number;
  /** Approvals against a red flag or a high-risk score wait for a team lead's sign-off. */
  fourEyesApproval: boolean;
  /** The lender's name printed on verification reports; null until an admin sets it. */
  organizationName: string | null;
  /** Belvo's refresh rate for monitored links under the lender's contract (shown, not sent). */
  monitoringRefreshRate: string;
  /** A salary cut of at least this percentage on a monitored applicant raises an alert. */
  salaryCutAlertPct: number;
  /** Who alerts are for: the assigned underwriter (team leads when unassigned), or team leads. */
  alertRecipients: AlertRecipients;
  /** Employer concentration: more than this many applicants (distinct CURPs) at one employer… */
  concentrationApplicants: number;
  /** …who applied within this many days of each other. */
  concentrationDays: number;
  /** Business days to answer an ARCO request. */
  arcoResponseDays: number;
  /** Months an applicant is kept after their last activity; null: no retention schedule. */
  retentionMonths: number | null;
  /** Days blocked data is kept before it is deleted. */
  blockingDays: number;
}

export const DEFAULT_ORGANIZATION_SETTINGS: OrganizationSettings = {
  timeZone: DEFAULT_TIME_ZONE,
  flagWindowMonths: DEFAULT_FIGURE_SETTINGS.flagWindowMonths,
  declaredIncomeTolerancePct: DEFAULT_FIGURE_SETTINGS.declaredIncomeTolerancePct,
  fourEyesApproval: false,
  organizationName: null,
  monitoringRefreshRate: "7d",
  salaryCutAlertPct: 10,
  alertRecipients: "ASSIGNED",
  concentrationApplicants: 5,
  concentrationDays: 30,
  arcoResponseDays: 20,
  retentionMonths: null,
  blockingDays: 30,
};

/** The organization's settings row (read once per request; the defaults if it is missing). */
export const getOrganizationSettings = cache(async (): Promise<OrganizationSettings> => {
  const row = await db().organizationSettings.findUnique({ where: { id: 1 } });
  if (!row) return DEFAULT_ORGANIZATION_SETTINGS;
  return {
    timeZone: row.timeZone,
    flagWindowMonths: row.flagWindowMonths,
    declaredIncomeTolerancePct: row.declaredIncomeTolerancePct,
    fourEyesApproval: row.fourEyesApproval,
    organizationName: row.organizationName,
    monitoringRefreshRate: row.monitoringRefreshRate,
    salaryCutAlertPct: row.salaryCutAlertPct,
    alertRecipients: row.alertRecipients === "LEADS" ? "LEADS" : "ASSIGNED",
    concentrationApplicants: row.concentrationApplicants,
    concentrationDays: row.concentrationDays,
    arcoResponseDays: row.arcoResponseDays,
    retentionMonths: row.retentionMonths,
    blockingDays: row.blockingDays,
  };
});

/** Every year of reference values, oldest first. */
export const listReferenceYears = cache(async (): Promise<ReferenceYear[]> => {
  const rows = await db().referenceYear.findMany({ orderBy: { year: "asc" } });
  return rows.map((row) => ({
    year: row.year,
    umaDaily: row.umaDaily === null ? null : row.umaDaily.toNumber(),
    minimumWageDaily: row.minimumWageDaily.toNumber(),
    minimumWageBorderDaily:
      row.minimumWageBorderDaily === null ? null : row.minimumWageBorderDaily.toNumber(),
  }));
});

/** What the figures need from the settings: the flag window, the tolerance, the reference table. */
export async function getFigureSettings(): Promise<FigureSettings & { timeZone: string }> {
  const [organization, years] = await Promise.all([
    getOrganizationSettings(),
    listReferenceYears(),
  ]);
  return {
    timeZone: organization.timeZone,
    flagWindowMonths: organization.flagWindowMonths,
    declaredIncomeTolerancePct: organization.declaredIncomeTolerancePct,
    reference: referenceTable(years),
  };
}
