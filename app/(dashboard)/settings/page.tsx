import type { Metadata } from "next";
import { canManageJobs } from "@/lib/auth/permissions";
import { FailedJobsPanel } from "@/components/jobs/failed-jobs-panel";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requirePageUser();
  const rows = [
    ["Name", user.name],
    ["Email", user.email],
    ["Role", ROLE_LABELS[user.role]],
  ] as const;
  return (
    <>
      <PageHeader title="Settings" />
      <Card className="max-w-xl" data-testid="account-card">
        <CardHeader>
          <CardTitle>Your account</CardTitle>
        </CardHeader>
        <CardContent>
          <dl className="divide-y divide-slate-100 text-sm">
            {rows.map(([label, value]) => (
              <div key={label} className="grid grid-cols-3 gap-4 py-2">
                <dt className="text-slate-500">{label}</dt>
                <dd className="col-span-2 text-slate-900">{value}</dd>
              </div>
            ))}
          </dl>
        </CardContent>
      </Card>
      {canManageJobs(user.role) ? <FailedJobsPanel user={user} /> : null}
    </>
  );
}
