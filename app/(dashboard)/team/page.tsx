import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/shell/page-header";
import { InviteMemberForm } from "@/components/team/invite-member-form";
import { MembersTable } from "@/components/team/members-table";
import { WorkloadTable } from "@/components/team/workload-table";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { canManageTeam, grantableRoles } from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/auth/session";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { listTeamMembers } from "@/lib/team/members";
import { teamWorkload, WORKLOAD_WEEKS } from "@/lib/team/workload";
import { timeZoneLabel } from "@/lib/team/workload-time-zone";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("team");
  return { title: t("title") };
}

export default async function TeamPage() {
  const [user, t] = await Promise.all([requirePageUser(), getTranslations("team")]);
  if (!canManageTeam(user.role))
    return (
      <EmptyState title={t("forbidden.title")} testId="team-forbidden">
        {t("forbidden.body")}
      </EmptyState>
    );
  const [members, workload, locale] = await Promise.all([
    listTeamMembers(),
    teamWorkload(),
    getLocale(),
  ]);
  const timeZone = timeZoneLabel(workload.timeZone, isLocale(locale) ? locale : DEFAULT_LOCALE);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-[22rem_minmax(0,1fr)]">
        <Card>
          <CardHeader>
            <CardTitle>{t("invite.title")}</CardTitle>
          </CardHeader>
          <CardContent>
            <InviteMemberForm roles={grantableRoles(user.role)} />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>{t("members.title")}</CardTitle>
          </CardHeader>
          <CardContent>
            <MembersTable members={members} viewer={user} />
          </CardContent>
        </Card>
      </div>
      <Card className="mt-6" data-testid="workload-card">
        <CardHeader>
          <CardTitle>{t("workload.title")}</CardTitle>
          <p className="mt-1 text-sm text-slate-600">
            {t("workload.description", { weeks: WORKLOAD_WEEKS, timeZone })}
          </p>
        </CardHeader>
        <CardContent>
          <WorkloadTable workload={workload} timeZone={timeZone} />
        </CardContent>
      </Card>
    </>
  );
}
