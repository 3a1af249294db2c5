import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Exports" };

export default function ExportsPage() {
  return (
    <>
      <PageHeader
        title="Exports"
        description="CSV files of the applicant queue and employment histories."
      />
      <EmptyState title="Nothing to export yet" testId="exports-empty">
        CSV exports of the queue and of employment histories are not built in this version of Cotiza
        yet.
      </EmptyState>
    </>
  );
}
