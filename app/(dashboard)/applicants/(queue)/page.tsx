import type { Metadata } from "next";
import Link from "next/link";
import { LinkStatusBadge } from "@/components/applicants/link-status-badge";
import { PageHeader } from "@/components/shell/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";
import { INSTITUTIONS } from "@/lib/applicants/institutions";
import { requireUser } from "@/lib/auth/session";
import { listApplicants } from "@/lib/data/applicants";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Applicants" };

export default async function ApplicantsPage() {
  const applicants = await listApplicants(await requireUser());
  const actions = (
    <div className="flex gap-2">
      <LinkButton href="/applicants/invite" variant="secondary" data-testid="invite-applicant">
        Invite applicant
      </LinkButton>
      <LinkButton href="/applicants/new" data-testid="new-applicant">
        New applicant
      </LinkButton>
    </div>
  );
  return (
    <>
      <PageHeader
        title="Applicants"
        description="People whose IMSS or ISSSTE employment records you review."
        actions={actions}
      />
      {applicants.length === 0 ? (
        <EmptyState title="No applicants yet" testId="applicants-empty">
          Connect an applicant yourself with their CURP, or send them an invite to connect their
          IMSS or ISSSTE account through Belvo.
        </EmptyState>
      ) : (
        <div className="overflow-hidden rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-sm" data-testid="applicants-table">
            <thead className="bg-slate-50 text-left text-xs font-medium uppercase tracking-wide text-slate-500">
              <tr>
                <th className="px-4 py-2">Applicant</th>
                <th className="px-4 py-2">Institution</th>
                <th className="px-4 py-2">Link</th>
                <th className="px-4 py-2">Data as of</th>
                <th className="px-4 py-2">Added</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {applicants.map((applicant) => (
                <tr key={applicant.id} className="hover:bg-slate-50">
                  <td className="px-4 py-2">
                    <Link
                      href={`/applicants/${applicant.id}`}
                      className="font-medium text-brand-700 hover:underline"
                    >
                      {applicant.name}
                    </Link>
                    <div className="text-xs text-slate-500">{applicant.reference}</div>
                  </td>
                  <td className="px-4 py-2">{INSTITUTIONS[applicant.institution].label}</td>
                  <td className="px-4 py-2">
                    <LinkStatusBadge status={applicant.linkStatus} />
                  </td>
                  <td className="px-4 py-2">
                    {applicant.dataAsOf ? formatDate(applicant.dataAsOf) : "No records yet"}
                  </td>
                  <td className="px-4 py-2">{formatDate(applicant.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
