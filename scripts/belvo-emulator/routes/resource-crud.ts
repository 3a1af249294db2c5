import type { Emulator } from "../emulator";
import { sendEmpty, sendJson } from "../http/context";
import { errors } from "../http/errors";
import { applyFilters } from "../http/filters";
import { paginate } from "../http/pagination";
import type { Route } from "../http/router";
import { shape } from "../http/shape";

type Stored = { id: string; link: string };

export type CrudSpec<T extends Stored> = {
  base: string;
  table: (emu: Emulator) => Record<string, T>;
  exact: string[];
  times: string[];
  /** Belvo throttles deletes of some resources to 5 per minute. */
  limitDeletes: boolean;
};

const MINUTE_MS = 60_000;

function spendDelete(emu: Emulator): void {
  const now = emu.now().getTime();
  const recent = emu.state.deletions.filter((at) => now - Date.parse(at) < MINUTE_MS);
  if (recent.length >= emu.settings.deletesPerMinute) {
    const oldest = Date.parse(recent[0] ?? emu.nowIso());
    emu.state.deletions = recent;
    throw errors.throttled(Math.max(1, Math.ceil((oldest + MINUTE_MS - now) / 1000)));
  }
  emu.state.deletions = [...recent, emu.nowIso()];
}

/** List (newest first), detail and delete, shared by the employment resources. */
export function crudRoutes<T extends Stored>(spec: CrudSpec<T>): Route[] {
  return [
    {
      method: "GET",
      path: spec.base,
      auth: "basic",
      handler: (emu, ctx) => {
        const rows = applyFilters(
          ctx,
          Object.values(spec.table(emu)).reverse(),
          spec.exact,
          spec.times,
        );
        sendJson(ctx, 200, paginate(ctx, rows, emu.settings.pageSize));
      },
    },
    {
      method: "GET",
      path: `${spec.base}:id/`,
      auth: "basic",
      handler: (emu, ctx, params) => {
        const item = spec.table(emu)[params.id ?? ""];
        if (!item) throw errors.notFound();
        sendJson(ctx, 200, shape(ctx, item));
      },
    },
    {
      method: "DELETE",
      path: `${spec.base}:id/`,
      auth: "basic",
      handler: (emu, ctx, params) => {
        const table = spec.table(emu);
        if (!table[params.id ?? ""]) throw errors.notFound();
        if (spec.limitDeletes) spendDelete(emu);
        delete table[params.id ?? ""];
        emu.save();
        sendEmpty(ctx, 204);
      },
    },
  ];
}
