import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { AlertFilters, AlertRow } from "@/lib/alerts/inbox";
import { getFormat } from "@/lib/i18n/server";
import { AlertActions } from "./alert-actions";
import { alertSentence, SEVERITY_TONE } from "./alert-text";

function pageHref(filters: AlertFilters, page: number): string {
  const params = new URLSearchParams();
  if (filters.status !== "UNRESOLVED") params.set("status", filters.status);
  for (const key of ["kind", "severity", "recipient", "from", "to"] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (filters.applicantId) params.set("applicant", filters.applicantId);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/alerts?${query}` : "/alerts";
}

/** One page of alerts: what happened, to whom, how serious, and what to do about it. */
export async function AlertsTable({
  alerts,
  filters,
  page,
  pages,
  hasNext,
  actingUser,
}: {
  alerts: readonly AlertRow[];
  filters: AlertFilters;
  page: number;
  /** Null when the count was capped: the page knows only whether another follows. */
  pages: number | null;
  hasNext: boolean;
  /** Underwriters act on the alerts addressed to them (lib/alerts/transitions.ts). */
  actingUser: { id: string; role: string };
}) {
  const [t, f] = await Promise.all([getTranslations("alerts"), getFormat()]);
  const cell = "px-3 py-2 align-top";
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm" data-testid="alerts-table">
        <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase text-slate-500">
          <tr>
            <th className={cell}>{t("columns.raised")}</th>
            <th className={cell}>{t("columns.applicant")}</th>
            <th className={cell}>{t("columns.alert")}</th>
            <th className={cell}>{t("columns.status")}</th>
            <th className={cell}>{t("columns.for")}</th>
            <th className={cell}>{t("columns.actions")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {alerts.map((alert) => (
            <tr key={alert.id} data-testid="alert-row" data-kind={alert.kind}>
              <td className={`${cell} whitespace-nowrap text-slate-600`}>
                {f.dateTime(alert.createdAt)}
              </td>
              <td className={cell}>
                <Link
                  href={`/applicants/${alert.applicant.id}`}
                  className="font-medium text-brand-700 hover:underline"
                >
                  {alert.applicant.name}
                </Link>
                <p className="font-mono text-xs text-slate-500">{alert.applicant.reference}</p>
              </td>
              <td className={`${cell} max-w-md`}>
                <p className="flex flex-wrap items-center gap-2 font-medium text-slate-900">
                  {t(`kinds.${alert.kind}`)}
                  <Badge tone={SEVERITY_TONE[alert.severity]} data-testid="alert-severity">
                    {t(`severities.${alert.severity}`)}
                  </Badge>
                </p>
                <p className="mt-1 text-slate-700" data-testid="alert-sentence">
                  {alertSentence(t, f, alert.kind, alert.details)}
                </p>
                {alert.note ? (
                  <p className="mt-1 text-xs text-slate-500">
                    {t("noteShown", { note: alert.note })}
                  </p>
                ) : null}
                {alert.resolutionNote ? (
                  <p className="mt-1 text-xs text-slate-500">
                    {t("resolutionNoteShown", { note: alert.resolutionNote })}
                  </p>
                ) : null}
                <Link
                  href={`/applicants/${alert.applicant.id}#changes`}
                  className="mt-1 inline-block text-xs text-brand-700 hover:underline"
                >
                  {t("whatChanged")}
                </Link>
              </td>
              <td className={cell} data-testid="alert-status">
                {t(`statuses.${alert.status}`)}
              </td>
              <td className={cell}>{alert.recipientName ?? t("leads")}</td>
              <td className={cell}>
                {actingUser.role !== "UNDERWRITER" || alert.recipientId === actingUser.id ? (
                  <AlertActions
                    alertId={alert.id}
                    status={alert.status}
                    noteRequired={alert.severity === "HIGH"}
                  />
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {page > 1 || hasNext ? (
        <nav className="flex items-center justify-between gap-2 border-t border-slate-200 px-3 py-2 text-sm">
          {page > 1 ? (
            <Link href={pageHref(filters, page - 1)} className="text-brand-700 hover:underline">
              {t("previous")}
            </Link>
          ) : (
            <span />
          )}
          <span className="text-slate-600">
            {pages === null ? t("pageOnly", { page }) : t("page", { page, pages })}
          </span>
          {hasNext ? (
            <Link href={pageHref(filters, page + 1)} className="text-brand-700 hover:underline">
              {t("next")}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </div>
  );
}
