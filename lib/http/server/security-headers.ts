// The security headers of every response. next.config.js sends the ones every response shares
// (shared-security-headers.mjs); proxy.ts gives each page its own Content-Security-Policy with a
// fresh nonce, in place of the shared one that allows nothing: Next.js reads the nonce from
// the policy and puts it on its own scripts and inline styles
// (node_modules/next/dist/docs/01-app/02-guides/content-security-policy.md). That needs every page
// rendered per request, which they are (the root layout reads the language cookie).
import {
  RESOURCE_CONTENT_SECURITY_POLICY,
  SHARED_SECURITY_HEADERS,
  STRICT_TRANSPORT_SECURITY,
} from "./shared-security-headers.mjs";

export { RESOURCE_CONTENT_SECURITY_POLICY, STRICT_TRANSPORT_SECURITY };

/** The methods Cotiza answers; method-guard.ts answers the others 405 before Next sees them. */
export const ALLOWED_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

/** The `Allow` header of a 405. */
export const ALLOW = ALLOWED_METHODS.join(", ");

export function isAllowedMethod(method: string): boolean {
  return ALLOWED_METHODS.includes(method);
}

/** 128 random bits, base64: unguessable, and new on every request. */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

export type PagePolicyOptions = {
  nonce: string;
  /** `next dev`: React rebuilds server error stacks with eval, and styles arrive without nonce. */
  development: boolean;
  https: boolean;
  /** Where forms may lead, besides Cotiza: the connect page's form redirects to Belvo's widget. */
  formTargets: readonly string[];
};

/**
 * The policy of a page. Scripts: only those carrying the nonce, and what they load
 * ('strict-dynamic': the chunks Next loads on navigation). `<style>` elements need the nonce too;
 * `style` attributes are allowed ('unsafe-inline' in style-src-attr only) because React renders
 * them on the server for widths and colours computed from data (Recharts' container, the
 * employment timeline, progress bars), and an attribute cannot carry a nonce.
 */
export function pageContentSecurityPolicy(options: PagePolicyOptions): string {
  const { nonce, development, https, formTargets } = options;
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    development ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'none'",
    ["form-action 'self'", ...formTargets].join(" "),
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** The headers every response carries; HSTS only where the browser reached us over https. */
export function securityHeaders({ https }: { https: boolean }): Record<string, string> {
  return {
    ...SHARED_SECURITY_HEADERS,
    ...(https ? { "Strict-Transport-Security": STRICT_TRANSPORT_SECURITY } : {}),
  };
}

/** Whether the browser used https: the TLS proxy in front says so, or the request URL itself. */
export function servedOverHttps(request: Pick<Request, "url" | "headers">): boolean {
  const forwarded = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  if (forwarded) return forwarded === "https";
  return new URL(request.url).protocol === "https:";
}

/** Sets the headers and `policy` on `response` and returns it. */
export function withSecurityHeaders<R extends Response>(
  response: R,
  { https, policy }: { https: boolean; policy: string },
): R {
  for (const [name, value] of Object.entries(securityHeaders({ https })))
    response.headers.set(name, value);
  response.headers.set("Content-Security-Policy", policy);
  return response;
}
