import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AlertFiltersForm } from "@/components/alerts/alert-filters";
import { AlertsTable } from "@/components/alerts/alerts-table";
import { PageHeader } from "@/components/shell/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { listAssignableUsers } from "@/lib/applicant/assignment";
import { ALERTS_PAGE_SIZE, listAlerts, parseAlertFilters } from "@/lib/alerts/inbox";
import { requirePageUser } from "@/lib/auth/session";
import { getOrganizationSettings } from "@/lib/settings/organization";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("alerts");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The alerts inbox: what changed for monitored applicants, to acknowledge and resolve. */
export default async function AlertsPage({ searchParams }: Props) {
  const [user, t, raw] = await Promise.all([
    requirePageUser(),
    getTranslations("alerts"),
    searchParams,
  ]);
  const filters = parseAlertFilters(raw);
  const [{ alerts, total, capped }, users] = await Promise.all([
    listAlerts(user, filters, (await getOrganizationSettings()).timeZone),
    listAssignableUsers(),
  ]);
  // Past the count's cap the number of pages is unknown: "next" shows while pages are full.
  const pages = capped ? null : Math.max(1, Math.ceil(total / ALERTS_PAGE_SIZE));
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <AlertFiltersForm filters={filters} users={users} />
      <p className="mb-3 text-sm text-slate-600" data-testid="alerts-count" aria-live="polite">
        {capped ? t("countMore", { count: total }) : t("count", { count: total })}
      </p>
      {alerts.length === 0 ? (
        <EmptyState title={t("empty.title")} testId="alerts-empty">
          {t("empty.body")}
        </EmptyState>
      ) : (
        <AlertsTable
          alerts={alerts}
          filters={filters}
          page={filters.page}
          pages={pages}
          actingUser={user}
          hasNext={pages === null ? alerts.length === ALERTS_PAGE_SIZE : filters.page < pages}
        />
      )}
    </>
  );
}
