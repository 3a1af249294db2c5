import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { QueueDataTable } from "@/components/queue/queue-data-table";
import { PageHeader } from "@/components/shell/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";
import { SCORE_BANDS, SCORE_MAX, SCORE_MIN } from "@/lib/metrics/score-bands";
import {
  hasFilterChanges,
  isFiltered,
  parseQueueParams,
  serializeQueueState,
} from "@/lib/queue/params";
import { requirePageUser } from "@/lib/auth/session";
import { queueAssignees } from "@/lib/queue/assignees";
import { getQueueColumns, getQueueViews } from "@/lib/queue/preferences";
import { hasNoApplicants, listQueue } from "@/lib/queue/list";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("queue");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ApplicantsPage({ searchParams }: Props) {
  const user = await requirePageUser();
  const requested = parseQueueParams(await searchParams);
  const [page, columns, views, assignees] = await Promise.all([
    listQueue({ user, state: requested }),
    getQueueColumns(user.id),
    getQueueViews(user.id),
    queueAssignees(user, requested),
  ]);
  const state = { ...requested, page: page.page };
  // A page past the end shows the last page; the address bar says so too.
  if (state.page !== requested.page) {
    const query = serializeQueueState(state);
    redirect(query ? `/applicants?${query}` : "/applicants");
  }
  // No applicant at all (not merely no open work): invite to add the first one.
  const empty =
    page.total === 0 &&
    (!isFiltered(state) || (!hasFilterChanges(state) && (await hasNoApplicants())));
  const [t, tm] = await Promise.all([getTranslations("queue"), getTranslations("metrics")]);
  const legend = t("legend.text", {
    min: SCORE_MIN,
    max: SCORE_MAX,
    bands: SCORE_BANDS.map((band) =>
      t("legend.band", {
        min: band.min,
        max: band.max,
        band: tm(`scoreBands.${band.key}.label`).toLowerCase(),
      }),
    ).join(", "),
  });
  const people = assignees.people.map((person) => ({
    id: person.id,
    name: person.name ?? t("assigned.unknownUser"),
  }));
  // The export covers exactly what the queue shows: the same query, every page.
  const exportQuery = serializeQueueState({ ...state, page: 1 });
  const actions = (
    <div className="flex flex-wrap gap-2">
      <LinkButton
        href={`/exports?kind=queue${exportQuery ? `&${exportQuery}` : ""}`}
        variant="ghost"
        data-testid="export-queue"
      >
        {t("actions.export")}
      </LinkButton>
      <LinkButton href="/applicants/invite" variant="secondary" data-testid="invite-applicant">
        {t("actions.invite")}
      </LinkButton>
      <LinkButton href="/applicants/new" data-testid="new-applicant">
        {t("actions.new")}
      </LinkButton>
    </div>
  );
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} actions={actions} />
      {empty ? (
        <EmptyState title={t("empty.title")} testId="applicants-empty">
          {t("empty.body")}
        </EmptyState>
      ) : (
        <>
          <QueueDataTable
            page={page}
            state={state}
            hidden={columns.hidden}
            views={views}
            people={people}
            assignees={assignees.assignable}
          />
          <p className="mt-4 max-w-4xl text-xs text-slate-500">{legend}</p>
        </>
      )}
    </>
  );
}
