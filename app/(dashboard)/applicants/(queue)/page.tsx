import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { QueueDataTable } from "@/components/queue/queue-data-table";
import { PageHeader } from "@/components/shell/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";
import { SCORE_LEGEND } from "@/lib/queue/options";
import { isFiltered, parseQueueParams, serializeQueueState } from "@/lib/queue/params";
import { requirePageUser } from "@/lib/auth/session";
import { getQueueColumns } from "@/lib/queue/preferences";
import { listQueue } from "@/lib/queue/list";

export const metadata: Metadata = { title: "Applicants" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ApplicantsPage({ searchParams }: Props) {
  const user = await requirePageUser();
  const requested = parseQueueParams(await searchParams);
  const [page, columns] = await Promise.all([
    listQueue({ user, state: requested }),
    getQueueColumns(user.id),
  ]);
  const state = { ...requested, page: page.page };
  // A page past the end shows the last page; the address bar says so too.
  if (state.page !== requested.page) {
    const query = serializeQueueState(state);
    redirect(query ? `/applicants?${query}` : "/applicants");
  }
  const exportQuery = serializeQueueState({ ...state, page: 1 });
  const actions = (
    <div className="flex flex-wrap gap-2">
      <LinkButton
        href={`/exports?kind=queue${exportQuery ? `&${exportQuery}` : ""}`}
        variant="ghost"
        data-testid="export-queue"
      >
        Export
      </LinkButton>
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
      {page.total === 0 && !isFiltered(state) ? (
        <EmptyState title="No applicants yet" testId="applicants-empty">
          Connect an applicant yourself with their CURP, or send them an invite to connect their
          IMSS or ISSSTE account through Belvo.
        </EmptyState>
      ) : (
        <>
          <QueueDataTable page={page} state={state} hidden={columns.hidden} />
          <p className="mt-4 max-w-4xl text-xs text-slate-500">{SCORE_LEGEND}</p>
        </>
      )}
    </>
  );
}
