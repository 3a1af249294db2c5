import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { InviteMemberForm } from "@/components/team/invite-member-form";
import { MembersTable } from "@/components/team/members-table";
import { WorkloadTable } from "@/components/team/workload-table";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { canManageTeam, grantableRoles } from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/auth/session";
import { formatTimeZone } from "@/lib/format";
import { listTeamMembers } from "@/lib/team/members";
import { teamWorkload, WORKLOAD_WEEKS } from "@/lib/team/workload";

export const metadata: Metadata = { title: "Team" };

export default async function TeamPage() {
  const user = await requirePageUser();
  if (!canManageTeam(user.role))
    return (
      <EmptyState title="The Team page is for team leads and admins" testId="team-forbidden">
        Your role does not allow managing accounts. Ask a team lead if something about your account
        needs to change.
      </EmptyState>
    );
  const [members, workload] = await Promise.all([listTeamMembers(), teamWorkload()]);
  return (
    <>
      <PageHeader
        title="Team"
        description="Invite people, change roles, deactivate accounts and reset passwords. Cotiza sends no email: copy each link and pass it on yourself."
      />
      <div className="grid items-start gap-6 lg:grid-cols-[22rem_1fr]">
        <Card>
          <CardHeader>
            <CardTitle>Invite someone</CardTitle>
          </CardHeader>
          <CardContent>
            <InviteMemberForm roles={grantableRoles(user.role)} />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Members</CardTitle>
          </CardHeader>
          <CardContent>
            <MembersTable members={members} viewer={user} />
          </CardContent>
        </Card>
      </div>
      <Card className="mt-6" data-testid="workload-card">
        <CardHeader>
          <CardTitle>Workload</CardTitle>
          <p className="mt-1 text-sm text-slate-600">
            Applicants assigned, those with records still waiting for a decision, and decisions made
            in each of the last {WORKLOAD_WEEKS} weeks (weeks start on Monday,{" "}
            {formatTimeZone(workload.timeZone)}).
          </p>
        </CardHeader>
        <CardContent>
          <WorkloadTable workload={workload} />
        </CardContent>
      </Card>
    </>
  );
}
