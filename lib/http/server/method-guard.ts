import { Server, type IncomingMessage, type ServerResponse } from "node:http";
import {
  ALLOW,
  RESOURCE_CONTENT_SECURITY_POLICY,
  isAllowedMethod,
  securityHeaders,
} from "./security-headers";

// Node's parser already answers 400 to tokens it does not know, but hands every method it knows
// (TRACE, PROPFIND, MKCOL…) to Next, where they end in 500s: fetch's Request refuses TRACE and TRACK,
// and Next makes one for proxy.ts and every route handler; a static file renders a /405 page the
// app does not have. proxy.ts cannot help (TRACE fails before it runs, and it skips API routes
// and files), so the guard sits where Node hands requests to Next.
const installed = Symbol.for("cotiza.method-guard");

/** Answers 405 with `Allow` to a method Cotiza does not serve; false for every other request. */
export function answeredDisallowedMethod(request: IncomingMessage, response: ServerResponse) {
  if (isAllowedMethod(request.method ?? "")) return false;
  const forwarded = String(request.headers["x-forwarded-proto"] ?? "")
    .split(",")[0]
    ?.trim();
  const https = forwarded ? forwarded === "https" : "encrypted" in request.socket;
  response
    .writeHead(405, {
      ...securityHeaders({ https }),
      "Content-Security-Policy": RESOURCE_CONTENT_SECURITY_POLICY,
      Allow: ALLOW,
      "Content-Length": "0",
    })
    .end();
  return true;
}

/** Puts the guard in front of every HTTP server of this process (Next's). Once per process. */
export function installMethodGuard(): void {
  const proto = Server.prototype as Server & { [installed]?: true };
  if (proto[installed]) return;
  const emit = proto.emit;
  proto.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (
      event === "request" &&
      answeredDisallowedMethod(args[0] as IncomingMessage, args[1] as ServerResponse)
    )
      return true;
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as Server["emit"];
  proto[installed] = true;
}
