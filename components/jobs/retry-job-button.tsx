"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";

async function requestRetry(jobId: string): Promise<string | null> {
  const response = await fetch(`/api/jobs/${jobId}/retry`, { method: "POST" });
  if (response.ok) return null;
  const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  return body?.error?.message ?? "The job could not be retried. Try again.";
}

export function RetryJobButton({ jobId }: { jobId: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const retry = () =>
    startTransition(async () => {
      const problem = await requestRetry(jobId).catch(
        () => "Cotiza could not be reached. Try again.",
      );
      setError(problem);
      if (!problem) router.refresh();
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
        {pending ? "Retrying…" : "Retry"}
      </Button>
      {error ? (
        <p role="status" className="text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
