import type { IncomingMessage, ServerResponse } from "node:http";
import { BelvoHttpError, errors } from "./errors";

export type RequestContext = {
  req: IncomingMessage;
  res: ServerResponse;
  method: string;
  url: URL;
  query: URLSearchParams;
  requestId: string;
  /** Raw request body text (empty when none). */
  rawBody: string;
};

const MAX_BODY_BYTES = 1_000_000;

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES)
      throw new BelvoHttpError(413, [
        { code: "request_too_large", message: "Request body too large" },
      ]);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** The JSON object of the body; an empty body is `{}` (DRF treats it as no fields). */
export function jsonBody(ctx: RequestContext): Record<string, unknown> {
  if (ctx.rawBody.trim() === "") return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(ctx.rawBody);
  } catch (error) {
    throw errors.parse(error instanceof Error ? error.message : "invalid JSON");
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new BelvoHttpError(400, [
      { code: "invalid", message: "Invalid data. Expected a dictionary, but got list." },
    ]);
  }
  return parsed as Record<string, unknown>;
}

export function formBody(ctx: RequestContext): URLSearchParams {
  return new URLSearchParams(ctx.rawBody);
}

/** Origin as the caller addressed us, so `next`/`previous` links work behind any host name. */
export function origin(ctx: RequestContext): string {
  const proto = ctx.req.headers["x-forwarded-proto"] === "https" ? "https" : "http";
  return `${proto}://${ctx.req.headers.host ?? "127.0.0.1"}`;
}

export function sendJson(
  ctx: RequestContext,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  ctx.res.writeHead(status, {
    "Content-Type": "application/json",
    "Content-Length": Buffer.byteLength(text),
    ...headers,
  });
  ctx.res.end(text);
}

export function sendEmpty(ctx: RequestContext, status: number): void {
  ctx.res.writeHead(status);
  ctx.res.end();
}

export function sendHtml(ctx: RequestContext, status: number, html: string): void {
  ctx.res.writeHead(status, {
    "Content-Type": "text/html; charset=utf-8",
    "Content-Length": Buffer.byteLength(html),
  });
  ctx.res.end(html);
}

export function redirect(ctx: RequestContext, location: string, status = 303): void {
  ctx.res.writeHead(status, { Location: location, "Content-Length": 0 });
  ctx.res.end();
}
