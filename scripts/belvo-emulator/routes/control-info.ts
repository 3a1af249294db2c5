import { jsonBody, sendJson } from "../http/context";
import type { Route } from "../http/router";
import { PERSONAS } from "../personas";

/** Emulator-only: runtime settings and the persona catalogue. */
export const controlInfoRoutes: Route[] = [
  {
    method: "POST",
    path: "/_emulator/settings",
    auth: "none",
    // Lets a test that did not start the emulator make the slow personas and retries fast.
    handler: (emu, ctx) => {
      const body = jsonBody(ctx);
      const number = (value: unknown, fallback: number): number =>
        typeof value === "number" && value >= 0 ? value : fallback;
      emu.settings = {
        ...emu.settings,
        extractionDelayMs: number(body.extraction_delay_ms, emu.settings.extractionDelayMs),
        webhookRetryBaseMs: number(body.webhook_retry_base_ms, emu.settings.webhookRetryBaseMs),
        webhookTimeoutMs: number(body.webhook_timeout_ms, emu.settings.webhookTimeoutMs),
        pageSize: number(body.page_size, emu.settings.pageSize) || emu.settings.pageSize,
      };
      const { log: _log, ...visible } = emu.settings;
      sendJson(ctx, 200, visible);
    },
  },
  {
    method: "GET",
    path: "/_emulator/requests",
    auth: "none",
    // The newest Belvo API calls: `?username=` keeps those whose body named that CURP.
    handler: (emu, ctx) => {
      const username = ctx.query.get("username");
      const requests = username
        ? emu.requests.filter((request) => request.username === username)
        : emu.requests;
      sendJson(ctx, 200, { requests });
    },
  },
  {
    method: "GET",
    path: "/_emulator/personas",
    auth: "none",
    handler: (_emu, ctx) =>
      sendJson(
        ctx,
        200,
        Object.entries(PERSONAS).map(([key, persona]) => ({
          key,
          curp: persona.curp,
          institution: persona.institution,
          name: `${persona.firstName} ${persona.lastName}`,
          behaviour: persona.behaviour,
          description: persona.description,
        })),
      ),
  },
];
