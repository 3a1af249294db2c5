import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export function QueueNoMatches({ onReset }: { onReset: () => void }) {
  return (
    <EmptyState title="No applicants match" testId="queue-no-matches">
      <p>Nothing matches this search and these filters.</p>
      <Button variant="secondary" size="sm" className="mt-4" onClick={onReset}>
        Clear search and filters
      </Button>
    </EmptyState>
  );
}
