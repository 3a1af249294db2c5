import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ArcoForm } from "@/components/privacy/arco-form";
import { ArcoTable } from "@/components/privacy/arco-table";
import { RetentionCard } from "@/components/privacy/retention-card";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { canManageTeam } from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/auth/session";
import { today } from "@/lib/clock";
import { listArcoRequests } from "@/lib/privacy/arco";
import { listRetentionRuns } from "@/lib/privacy/retention";
import { getOrganizationSettings } from "@/lib/settings/organization";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("privacy");
  return { title: t("title") };
}

/** Privacy (team leads and admins): ARCO requests with their business-day deadlines. */
export default async function PrivacyPage() {
  const [user, t] = await Promise.all([requirePageUser(), getTranslations("privacy")]);
  if (!canManageTeam(user.role))
    return (
      <EmptyState title={t("forbidden.title")} testId="privacy-forbidden">
        {t("forbidden.body")}
      </EmptyState>
    );
  const [requests, settings, runs] = await Promise.all([
    listArcoRequests(),
    getOrganizationSettings(),
    listRetentionRuns(),
  ]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-[22rem_minmax(0,1fr)]">
        <div className="space-y-6">
          <Card>
            <CardHeader>
              <CardTitle>{t("form.title")}</CardTitle>
            </CardHeader>
            <CardContent>
              <ArcoForm today={today(settings.timeZone)} responseDays={settings.arcoResponseDays} />
            </CardContent>
          </Card>
          <RetentionCard
            retentionMonths={settings.retentionMonths}
            blockingDays={settings.blockingDays}
            runs={runs}
          />
        </div>
        <section aria-labelledby="arco-requests" className="min-w-0">
          <h2 id="arco-requests" className="mb-2 text-sm font-semibold text-slate-900">
            {t("table.title")} ·{" "}
            <span className="font-normal text-slate-600" data-testid="arco-count">
              {t("count", { count: requests.length })}
            </span>
          </h2>
          {requests.length === 0 ? (
            <EmptyState title={t("empty.title")} testId="arco-empty">
              {t("empty.body")}
            </EmptyState>
          ) : (
            <ArcoTable requests={requests} blockingDays={settings.blockingDays} />
          )}
        </section>
      </div>
    </>
  );
}
