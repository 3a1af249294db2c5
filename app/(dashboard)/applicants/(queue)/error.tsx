"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export default function QueueError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const t = useTranslations("queue");
  useEffect(() => {
    console.error("cotiza: the applicant queue failed to load", error.digest ?? error.message);
  }, [error]);
  return (
    <EmptyState title={t("error.title")} testId="queue-error">
      <p>{t("error.body")}</p>
      <Button variant="secondary" size="sm" className="mt-4" onClick={reset}>
        {t("error.retry")}
      </Button>
    </EmptyState>
  );
}
