import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export function QueueNoMatches({ onReset }: { onReset: () => void }) {
  const t = useTranslations("queue");
  return (
    <EmptyState title={t("noMatches.title")} testId="queue-no-matches">
      <p>{t("noMatches.body")}</p>
      <Button variant="secondary" size="sm" className="mt-4" onClick={onReset}>
        {t("noMatches.clear")}
      </Button>
    </EmptyState>
  );
}
