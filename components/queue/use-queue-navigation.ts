"use client";

import { usePathname, useRouter } from "next/navigation";
import { useCallback, useOptimistic, useTransition } from "react";
import { serializeQueueState, type QueueState } from "@/lib/queue/params";

/**
 * Every queue interaction is a URL change: the server component reads the URL and renders the
 * page, so a shared link shows exactly the same rows. Controls show the new state at once
 * (optimistic) while the rows for it load. Changing anything but the page goes back to page 1.
 */
export function useQueueNavigation(serverState: QueueState) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const [state, setOptimisticState] = useOptimistic(serverState);
  const navigate = useCallback(
    (patch: Partial<QueueState>) => {
      const next: QueueState = { ...state, ...("page" in patch ? {} : { page: 1 }), ...patch };
      const query = serializeQueueState(next);
      startTransition(() => {
        setOptimisticState(next);
        router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
      });
    },
    [state, router, pathname, setOptimisticState],
  );
  return { state, navigate, pending };
}
