"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { SCORE_MAX, SCORE_MIN } from "@/lib/metrics/score-bands";
import {
  DEFAULT_QUEUE_STATE,
  hasFilterChanges,
  type AssignedFilter,
  type QueueState,
} from "@/lib/queue/params";
import type { Assignee } from "./queue-bulk-assign";
import { FacetFilter } from "./facet-filter";
import type { QueueTableInstance } from "./queue-features";
import { useDecisionOptions, useQueueFilterOptions } from "./queue-filter-options";
import { QueueSearch } from "./queue-search";
import { QueueViewOptions } from "./queue-view-options";
import { SelectFilter } from "./select-filter";

type Props = {
  table: QueueTableInstance;
  state: QueueState;
  navigate: (patch: Partial<QueueState>) => void;
  /** The people the assignment filter offers by name (team leads and admins see everyone). */
  people: readonly Assignee[];
};

export function QueueToolbar({ table, state, navigate, people }: Props) {
  const t = useTranslations("queue");
  const options = useQueueFilterOptions();
  const decisionOptions = useDecisionOptions();
  const peopleOptions = people.map((person) => ({
    value: person.id as AssignedFilter,
    label: person.name,
  }));
  return (
    <div className="relative flex flex-wrap items-center gap-2" data-testid="queue-toolbar">
      <QueueSearch value={state.q} onSearch={(q) => navigate({ q })} />
      <FacetFilter
        name="decision"
        label={t("filters.decision")}
        options={decisionOptions}
        selected={state.decision}
        onChange={(decision) => navigate({ decision })}
      />
      <FacetFilter
        name="institution"
        label={t("filters.institution")}
        options={options.institution}
        selected={state.institution}
        onChange={(institution) => navigate({ institution })}
      />
      <FacetFilter
        name="status"
        label={t("filters.linkStatus")}
        options={options.status}
        selected={state.status}
        onChange={(status) => navigate({ status })}
      />
      <FacetFilter
        name="flags"
        label={t("filters.flags")}
        options={options.flags}
        selected={state.flags}
        onChange={(flags) => navigate({ flags })}
      />
      <SelectFilter
        name="score"
        label={t("filters.score", { min: SCORE_MIN, max: SCORE_MAX })}
        allLabel={t("filters.anyScore")}
        options={options.score}
        value={state.scoreBand}
        onChange={(scoreBand) => navigate({ scoreBand })}
      />
      <SelectFilter
        name="fresh"
        label={t("filters.freshness")}
        allLabel={t("filters.anyFreshness")}
        options={options.freshness}
        value={state.freshness}
        onChange={(freshness) => navigate({ freshness })}
      />
      <SelectFilter
        name="monitoring"
        label={t("filters.monitoring")}
        allLabel={t("filters.anyMonitoring")}
        options={options.monitoring}
        value={state.monitoring}
        onChange={(monitoring) => navigate({ monitoring })}
      />
      <SelectFilter
        name="assigned"
        label={t("filters.assigned")}
        allLabel={t("filters.anyAssigned")}
        options={options.assigned}
        groups={[{ label: t("assigned.people"), options: peopleOptions }]}
        value={state.assigned}
        onChange={(assigned) => navigate({ assigned })}
      />
      {hasFilterChanges(state) ? (
        <Button
          variant="ghost"
          size="sm"
          data-testid="queue-reset"
          onClick={() =>
            navigate({
              ...DEFAULT_QUEUE_STATE,
              sort: state.sort,
              dir: state.dir,
              pageSize: state.pageSize,
            })
          }
        >
          {t("filters.reset")}
        </Button>
      ) : null}
      <div className="ml-auto">
        <QueueViewOptions table={table} />
      </div>
    </div>
  );
}
