import type { SnapshotChangeDraft } from "@/lib/applicant/snapshot-diff";
import { SCORE_BANDS, scoreBand } from "@/lib/metrics/score-bands";

/** Every kind of alert, in the order the Alerts page's filter lists them. */
export const ALERT_KINDS = [
  "JOB_LOSS",
  "SALARY_CUT",
  "LINK_INVALID",
  "LINK_RECONNECT",
  "RECORDS_UNAVAILABLE",
  "SCORE_BAND_DROP",
  "NEW_EMPLOYER",
  "SALARY_RISE",
] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export const ALERT_SEVERITIES = ["HIGH", "MEDIUM", "LOW"] as const;
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];

/** How serious each kind is: losing the job, a deep cut or a dead link put repayment at risk. */
export const SEVERITY: Readonly<Record<AlertKind, AlertSeverity>> = {
  JOB_LOSS: "HIGH",
  SALARY_CUT: "HIGH",
  LINK_INVALID: "HIGH",
  LINK_RECONNECT: "MEDIUM",
  RECORDS_UNAVAILABLE: "MEDIUM",
  SCORE_BAND_DROP: "MEDIUM",
  NEW_EMPLOYER: "MEDIUM",
  SALARY_RISE: "LOW",
};

/** Who alerts are for (Settings → Monitoring): the assigned underwriter, or the team leads. */
export const ALERT_RECIPIENTS = ["ASSIGNED", "LEADS"] as const;
export type AlertRecipients = (typeof ALERT_RECIPIENTS)[number];

/** The refresh rates Belvo offers for recurrent links. */
export const REFRESH_RATES = ["6h", "12h", "24h", "7d", "30d"] as const;
export type RefreshRate = (typeof REFRESH_RATES)[number];

/** A salary rise smaller than this is noise, as Belvo's metrics and Cotiza's figures treat it. */
export const MIN_SALARY_RISE_PCT = 2;

export type AlertDetails = Record<string, string | number | null>;

export type AlertDraft = {
  kind: AlertKind;
  severity: AlertSeverity;
  details: AlertDetails;
};

export interface AlertRuleSettings {
  /** A cut of at least this percentage of the daily salary raises SALARY_CUT (the edge included). */
  salaryCutAlertPct: number;
}

const draft = (kind: AlertKind, details: AlertDetails): AlertDraft => ({
  kind,
  severity: SEVERITY[kind],
  details,
});

// Percentage change from `from` to `to`, one decimal; null when either is missing or `from` is 0.
function changePct(from: string | number | null, to: string | number | null): number | null {
  const [a, b] = [Number(from), Number(to)];
  if (from === null || to === null || !Number.isFinite(a) || !Number.isFinite(b) || a === 0)
    return null;
  return Math.round(((b - a) / a) * 1000) / 10;
}

function salaryAlert(change: SnapshotChangeDraft, settings: AlertRuleSettings): AlertDraft[] {
  const { employer, from, to } = change.details;
  const pct = changePct(from ?? null, to ?? null);
  if (pct === null) return [];
  const details = { employer: employer ?? null, from: from ?? null, to: to ?? null, pct };
  if (pct <= -settings.salaryCutAlertPct) return [draft("SALARY_CUT", details)];
  if (pct >= MIN_SALARY_RISE_PCT) return [draft("SALARY_RISE", details)];
  return [];
}

// Bands from worst to best: a lower index is a riskier band.
const bandRank = (score: number) => SCORE_BANDS.indexOf(scoreBand(score));

/**
 * One alert per pull for scores that fell into a riskier band: the longest horizon that fell (the
 * 12-month score is the one the queue shows), so three periods moving together read as one event.
 */
function scoreAlert(changes: readonly SnapshotChangeDraft[]): AlertDraft[] {
  const drops = changes
    .filter((change) => change.kind === "SCORE_CHANGE")
    .filter(({ details: { from, to } }) => {
      if (typeof from !== "number" || typeof to !== "number") return false;
      return bandRank(to) < bandRank(from);
    })
    .sort((a, b) => Number(b.details.period) - Number(a.details.period));
  const drop = drops[0];
  if (!drop) return [];
  const from = drop.details.from as number;
  const to = drop.details.to as number;
  return [
    draft("SCORE_BAND_DROP", {
      period: drop.details.period ?? null,
      from,
      to,
      fromBand: scoreBand(from).key,
      toBand: scoreBand(to).key,
    }),
  ];
}

/** A job still open in the new pull. */
export type OpenJob = { employer: string; startDate: string };

/**
 * The alerts a new pull of a monitored applicant raises, from what changed since the pull before
 * it (lib/applicant/snapshot-diff.ts): the job loss when no job is left open, a new employer, a
 * salary cut at or past the threshold, a rise, and (once per pull) a score that fell into a
 * riskier band. New employers and salary changes count for jobs open in the new pull only: a past
 * job that surfaced late, or a corrected salary on an old job, is history, not news.
 */
export function alertsFromChanges(
  changes: readonly SnapshotChangeDraft[],
  next: { openJobs: readonly OpenJob[] },
  settings: AlertRuleSettings,
): AlertDraft[] {
  const alerts: AlertDraft[] = [];
  const isOpen = (employer: unknown, startDate?: unknown) =>
    next.openJobs.some(
      (job) =>
        job.employer === employer && (startDate === undefined || job.startDate === startDate),
    );
  const lastExit = changes
    .filter((change) => change.kind === "EXIT")
    .sort((a, b) => String(a.details.endDate).localeCompare(String(b.details.endDate)))
    .at(-1);
  if (lastExit && next.openJobs.length === 0) {
    alerts.push(
      draft("JOB_LOSS", {
        employer: lastExit.details.employer ?? null,
        endDate: lastExit.details.endDate ?? null,
      }),
    );
  }
  for (const change of changes) {
    const { employer, startDate } = change.details;
    if ((change.kind === "NEW_EMPLOYER" || change.kind === "REHIRE") && isOpen(employer, startDate))
      alerts.push(
        draft("NEW_EMPLOYER", {
          employer: change.details.employer ?? null,
          startDate: change.details.startDate ?? null,
        }),
      );
    if (change.kind === "SALARY_CHANGE" && isOpen(employer))
      alerts.push(...salaryAlert(change, settings));
  }
  alerts.push(...scoreAlert(changes));
  return alerts;
}
