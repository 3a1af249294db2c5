import type { IncomingMessage, ServerResponse } from "node:http";
import type { Emulator } from "../emulator";
import { ROUTES } from "../routes";
import { basicAuthOk } from "./auth";
import { readBody, redirect, sendJson } from "./context";
import type { RequestContext } from "./context";
import { BelvoHttpError, errorBody, errors, newRequestId } from "./errors";
import { applyFault } from "./faults";
import { matchRoute } from "./router";

export async function handleRequest(
  emu: Emulator,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? "/", "http://emulator.local");
  const method = req.method ?? "GET";
  const ctx: RequestContext = {
    req,
    res,
    method,
    url,
    query: url.searchParams,
    requestId: newRequestId(),
    rawBody: "",
  };
  try {
    ctx.rawBody = await readBody(req);
    const match = matchRoute(ROUTES, method, url.pathname);
    if (match === null && !url.pathname.endsWith("/") && (method === "GET" || method === "HEAD")) {
      // Django's APPEND_SLASH: Belvo's paths all end in a slash.
      return redirect(ctx, `${url.pathname}/${url.search}`, 301);
    }
    if (match === null) throw errors.notFound();
    if ("allowed" in match) throw errors.methodNotAllowed(method);
    const belvoCall = url.pathname.startsWith("/api/");
    if (belvoCall) emu.logRequest(loggedRequest(emu, ctx));
    if (match.route.auth === "basic" && !basicAuthOk(req.headers.authorization))
      throw errors.unauthorized();
    if (belvoCall && (await applyFault(emu, ctx))) return;
    await match.route.handler(emu, ctx, match.params);
  } catch (error) {
    if (res.headersSent) return;
    if (error instanceof BelvoHttpError) {
      emu.settings.log(
        `${method} ${url.pathname} → ${error.status} ${error.items.map((item) => item.code).join(",")}`,
      );
      return sendJson(ctx, error.status, errorBody(error, ctx.requestId), error.headers);
    }
    emu.settings.log(
      `${method} ${url.pathname} crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    sendJson(ctx, 500, errorBody(errors.unexpected(), ctx.requestId));
  }
}

function loggedRequest(emu: Emulator, ctx: RequestContext) {
  let username: string | null = null;
  try {
    const body: unknown = ctx.rawBody ? JSON.parse(ctx.rawBody) : null;
    if (body && typeof body === "object" && "username" in body && typeof body.username === "string")
      username = body.username;
  } catch {
    // Not JSON: nothing to look the call up by.
  }
  return { at: emu.nowIso(), method: ctx.method, path: ctx.url.pathname, username };
}
