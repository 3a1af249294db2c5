import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { hasFilterChanges, type QueueState } from "@/lib/queue/params";

/**
 * Nothing to show: with the default worklist, no open work is left (offer every applicant);
 * otherwise nothing matches the search and filters (offer to clear them).
 */
export function QueueNoMatches({
  state,
  onReset,
  onShowAll,
}: {
  state: QueueState;
  onReset: () => void;
  onShowAll: () => void;
}) {
  const t = useTranslations("queue");
  const worklist = !hasFilterChanges(state);
  return (
    <EmptyState
      title={worklist ? t("noMatches.worklistTitle") : t("noMatches.title")}
      testId={worklist ? "queue-no-open-work" : "queue-no-matches"}
    >
      <p>{worklist ? t("noMatches.worklistBody") : t("noMatches.body")}</p>
      <Button
        variant="secondary"
        size="sm"
        className="mt-4"
        onClick={worklist ? onShowAll : onReset}
      >
        {worklist ? t("noMatches.showAll") : t("noMatches.clear")}
      </Button>
    </EmptyState>
  );
}
