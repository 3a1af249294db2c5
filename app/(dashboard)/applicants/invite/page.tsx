import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/shell/page-header";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { requirePageUser } from "@/lib/auth/session";
import { listInvites } from "@/lib/connect/invites";
import { formatDateTime } from "@/lib/format";
import { getOrganizationSettings } from "@/lib/settings/organization";
import { InviteForm } from "./invite-form";

export const metadata: Metadata = { title: "Invite applicant" };

const STATUS = {
  PENDING: { label: "Sent", tone: "neutral" },
  OPENED: { label: "Opened", tone: "brand" },
  COMPLETED: { label: "Connected", tone: "success" },
  EXITED: { label: "Left the widget", tone: "warning" },
  FAILED: { label: "Error", tone: "danger" },
} as const;

export default async function InvitePage() {
  await requirePageUser();
  const [invites, { timeZone }] = await Promise.all([listInvites(), getOrganizationSettings()]);
  return (
    <>
      <PageHeader
        title="Invite applicant"
        description="The applicant connects their IMSS or ISSSTE account themselves, through Belvo, without a Cotiza account."
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardContent className="py-6">
            <InviteForm />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Recent invites</CardTitle>
          </CardHeader>
          <CardContent>
            {invites.length === 0 ? (
              <p className="text-sm text-slate-600">No invites yet.</p>
            ) : (
              <ul className="divide-y divide-slate-100 text-sm" data-testid="invite-list">
                {invites.map((invite) => {
                  const status = invite.expired
                    ? { label: "Expired", tone: "neutral" as const }
                    : (STATUS[invite.status as keyof typeof STATUS] ?? STATUS.PENDING);
                  return (
                    <li key={invite.id} className="py-2" data-testid="invite-row">
                      <div className="flex items-center justify-between gap-2">
                        <span className="font-medium">
                          {invite.applicantId ? (
                            <Link
                              className="text-brand-700 hover:underline"
                              href={`/applicants/${invite.applicantId}`}
                            >
                              {invite.applicantName}
                            </Link>
                          ) : (
                            invite.applicantName
                          )}
                          <span className="ml-2 font-mono text-xs text-slate-500">
                            {invite.reference}
                          </span>
                        </span>
                        <Badge tone={status.tone} data-testid="invite-status">
                          {status.label}
                        </Badge>
                      </div>
                      <p className="text-xs text-slate-500">
                        Created {formatDateTime(invite.createdAt, { timeZone })}
                        {invite.lastEvent?.message ? ` · ${invite.lastEvent.message}` : ""}
                      </p>
                    </li>
                  );
                })}
              </ul>
            )}
          </CardContent>
        </Card>
      </div>
    </>
  );
}
