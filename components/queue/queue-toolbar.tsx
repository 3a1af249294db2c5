"use client";

import { Button } from "@/components/ui/button";
import { DEFAULT_QUEUE_STATE, isFiltered, type QueueState } from "@/lib/queue/params";
import { FacetFilter } from "./facet-filter";
import type { QueueTableInstance } from "./queue-features";
import {
  ASSIGNED_OPTIONS,
  FLAG_OPTIONS,
  FRESHNESS_OPTIONS,
  INSTITUTION_OPTIONS,
  SCORE_OPTIONS,
  STATUS_OPTIONS,
} from "./queue-filter-options";
import { QueueSearch } from "./queue-search";
import { QueueViewOptions } from "./queue-view-options";
import { SelectFilter } from "./select-filter";

type Props = {
  table: QueueTableInstance;
  state: QueueState;
  navigate: (patch: Partial<QueueState>) => void;
};

export function QueueToolbar({ table, state, navigate }: Props) {
  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="queue-toolbar">
      <QueueSearch value={state.q} onSearch={(q) => navigate({ q })} />
      <FacetFilter
        name="institution"
        label="Institution"
        options={INSTITUTION_OPTIONS}
        selected={state.institution}
        onChange={(institution) => navigate({ institution })}
      />
      <FacetFilter
        name="status"
        label="Link status"
        options={STATUS_OPTIONS}
        selected={state.status}
        onChange={(status) => navigate({ status })}
      />
      <FacetFilter
        name="flags"
        label="Flags"
        options={FLAG_OPTIONS}
        selected={state.flags}
        onChange={(flags) => navigate({ flags })}
      />
      <SelectFilter
        name="score"
        label="Score band (12-month score, 300–900, higher is better)"
        allLabel="Any score"
        options={SCORE_OPTIONS}
        value={state.scoreBand}
        onChange={(scoreBand) => navigate({ scoreBand })}
      />
      <SelectFilter
        name="fresh"
        label="Data freshness"
        allLabel="Any data age"
        options={FRESHNESS_OPTIONS}
        value={state.freshness}
        onChange={(freshness) => navigate({ freshness })}
      />
      <SelectFilter
        name="assigned"
        label="Assignment"
        allLabel="Anyone's"
        options={ASSIGNED_OPTIONS}
        value={state.assigned}
        onChange={(assigned) => navigate({ assigned })}
      />
      {isFiltered(state) ? (
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
          Reset
        </Button>
      ) : null}
      <div className="ml-auto">
        <QueueViewOptions table={table} />
      </div>
    </div>
  );
}
