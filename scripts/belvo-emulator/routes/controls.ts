import { randomUUID } from "node:crypto";
import { jsonBody, sendJson } from "../http/context";
import { errors } from "../http/errors";
import type { Route } from "../http/router";
import { refreshAll } from "../services/refresh";
import { controlInfoRoutes } from "./control-info";
import { emptyState } from "../state";
import type { FaultKind } from "../state";

const FAULT_KINDS: readonly FaultKind[] = [
  "latency",
  "rate_limit",
  "server_error",
  "timeout",
  "malformed",
  "institution_down",
  "token_required",
];

function clock(now: string, frozen: boolean): { now: string; frozen: boolean } {
  return { now, frozen };
}

/** Emulator-only controls: outside Belvo's `/api/` paths and never part of Belvo's contract. */
export const controlRoutes: Route[] = [
  {
    method: "POST",
    path: "/_emulator/reset",
    auth: "none",
    handler: (emu, ctx) => {
      const { frozenAt, webhook } = emu.state;
      emu.state = { ...emptyState(), frozenAt, webhook };
      emu.save();
      sendJson(ctx, 200, { reset: true });
    },
  },
  {
    method: "GET",
    path: "/_emulator/clock",
    auth: "none",
    handler: (emu, ctx) => sendJson(ctx, 200, clock(emu.nowIso(), emu.state.frozenAt !== null)),
  },
  {
    method: "POST",
    path: "/_emulator/clock",
    auth: "none",
    // `{now: ISO}` freezes the clock there, `{now: null}` follows real time again, and
    // `{advance_ms}` / `{advance_days}` move a frozen clock forward.
    handler: (emu, ctx) => {
      const body = jsonBody(ctx);
      if (body.now === null) emu.state.frozenAt = null;
      else if (typeof body.now === "string") {
        if (Number.isNaN(Date.parse(body.now)))
          throw errors.invalid("now", "Enter a valid ISO date/time.");
        emu.state.frozenAt = new Date(body.now).toISOString();
      }
      const advance =
        (typeof body.advance_ms === "number" ? body.advance_ms : 0) +
        (typeof body.advance_days === "number" ? body.advance_days * 86_400_000 : 0);
      if (advance !== 0) emu.state.frozenAt = new Date(emu.now().getTime() + advance).toISOString();
      emu.save();
      sendJson(ctx, 200, clock(emu.nowIso(), emu.state.frozenAt !== null));
    },
  },
  {
    method: "POST",
    path: "/_emulator/refresh",
    auth: "none",
    handler: async (emu, ctx) => {
      const { external_id: externalId } = jsonBody(ctx);
      if (externalId !== undefined && typeof externalId !== "string")
        throw errors.invalid("external_id", "Use a link's external_id.");
      sendJson(ctx, 200, await refreshAll(emu, externalId));
    },
  },
  {
    method: "POST",
    path: "/_emulator/faults",
    auth: "none",
    handler: (emu, ctx) => {
      const body = jsonBody(ctx);
      const kind = body.kind as FaultKind;
      if (!FAULT_KINDS.includes(kind))
        throw errors.invalid("kind", `Use one of ${FAULT_KINDS.join(", ")}.`);
      const fault = {
        id: randomUUID(),
        kind,
        ms:
          typeof body.ms === "number"
            ? body.ms
            : kind === "latency" || kind === "timeout"
              ? 1000
              : 0,
        remaining: typeof body.count === "number" && body.count > 0 ? Math.floor(body.count) : 1,
        path: typeof body.path === "string" ? body.path : null,
      };
      emu.state.faults.push(fault);
      emu.save();
      sendJson(ctx, 201, fault);
    },
  },
  {
    method: "GET",
    path: "/_emulator/faults",
    auth: "none",
    handler: (emu, ctx) => sendJson(ctx, 200, emu.state.faults),
  },
  {
    method: "DELETE",
    path: "/_emulator/faults",
    auth: "none",
    handler: (emu, ctx) => {
      emu.state.faults = [];
      emu.save();
      sendJson(ctx, 200, { cleared: true });
    },
  },
  {
    method: "GET",
    path: "/_emulator/webhooks",
    auth: "none",
    handler: (emu, ctx) =>
      sendJson(ctx, 200, { config: emu.state.webhook, deliveries: emu.state.webhookLog }),
  },
  {
    method: "POST",
    path: "/_emulator/webhooks",
    auth: "none",
    // Belvo registers webhooks in its dashboard; this stands in for that screen.
    handler: (emu, ctx) => {
      const body = jsonBody(ctx);
      emu.state.webhook = {
        url: typeof body.url === "string" ? body.url : null,
        authorization: typeof body.authorization === "string" ? body.authorization : null,
      };
      emu.save();
      sendJson(ctx, 200, emu.state.webhook);
    },
  },
  ...controlInfoRoutes,
];
