"use client";

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
  useEffect(() => {
    console.error("cotiza: the applicant queue failed to load", error.digest ?? error.message);
  }, [error]);
  return (
    <EmptyState title="The queue could not be loaded" testId="queue-error">
      <p>Something went wrong on our side. Your filters are kept in the address bar.</p>
      <Button variant="secondary" size="sm" className="mt-4" onClick={reset}>
        Try again
      </Button>
    </EmptyState>
  );
}
