"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useErrorText } from "@/components/forms/form-error";
import { Button } from "@/components/ui/button";
import { apiFetch } from "@/lib/http/browser/api-fetch";

export function RetryJobButton({ jobId }: { jobId: string }) {
  const t = useTranslations("settings.jobs");
  const text = useErrorText();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const retry = () =>
    startTransition(async () => {
      const result = await apiFetch(`/api/jobs/${jobId}/retry`, {
        method: "POST",
        fallback: "settings.jobs.retryFailed",
      });
      setError(result.ok ? null : text(result.message, result.params));
      if (result.ok) router.refresh();
    });
  return (
    <div className="flex flex-col items-end gap-1">
      <Button
        variant="secondary"
        size="sm"
        onClick={retry}
        disabled={pending}
        data-testid="retry-job"
      >
        {pending ? t("retrying") : t("retry")}
      </Button>
      {error ? (
        <p role="status" className="text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
