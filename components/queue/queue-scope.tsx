"use client";

import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import { WORKLIST_DECISIONS } from "@/lib/queue/options";
import { isWorklist, showsAllDecisions, type QueueState } from "@/lib/queue/params";

const SEGMENT_CLASS =
  "h-9 px-3 text-sm font-medium focus-visible:relative focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600";

/**
 * Open work (the default: pending, awaiting sign-off, referred) or every applicant. Only the
 * decision filter changes; the search and the other filters stay. With a decision filter of its
 * own, neither is pressed.
 */
export function QueueScope({
  state,
  navigate,
}: {
  state: QueueState;
  navigate: (patch: Partial<QueueState>) => void;
}) {
  const t = useTranslations("queue");
  const scopes = [
    {
      key: "worklist",
      label: t("scope.worklist"),
      hint: t("scope.worklistHint"),
      pressed: isWorklist(state),
      decision: [...WORKLIST_DECISIONS],
    },
    {
      key: "all",
      label: t("scope.all"),
      hint: t("scope.allHint"),
      pressed: showsAllDecisions(state),
      decision: [],
    },
  ] as const;
  return (
    <div
      role="group"
      aria-label={t("scope.label")}
      className="inline-flex divide-x divide-slate-300 overflow-hidden rounded-md border border-slate-300 bg-white"
    >
      {scopes.map((scope) => (
        <button
          key={scope.key}
          type="button"
          title={scope.hint}
          aria-pressed={scope.pressed}
          data-testid={`queue-scope-${scope.key}`}
          onClick={() => navigate({ decision: [...scope.decision] })}
          className={cn(
            SEGMENT_CLASS,
            scope.pressed ? "bg-brand-600 text-white" : "text-slate-700 hover:bg-slate-100",
          )}
        >
          {scope.label}
        </button>
      ))}
    </div>
  );
}
