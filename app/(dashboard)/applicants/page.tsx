import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Applicants" };

export default function ApplicantsPage() {
  return (
    <>
      <PageHeader
        title="Applicants"
        description="People whose IMSS or ISSSTE employment records you review."
      />
      <EmptyState title="No applicants yet" testId="applicants-empty">
        Applicants appear here once they connect their social-security account through Belvo.
        Connecting applicants is not available in this version of Cotiza yet.
      </EmptyState>
    </>
  );
}
