import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { isPublicPage } from "@/lib/auth/public-paths";
import { widgetUrl } from "@/lib/belvo/widget-url";
import { env } from "@/lib/env";
import {
  newNonce,
  pageContentSecurityPolicy,
  servedOverHttps,
  withSecurityHeaders,
} from "@/lib/http/server/security-headers";

// Belvo's widget (or the emulator's copy): the connect page's form ends there through a redirect,
// and browsers hold the redirect's target to form-action too.
let widgetOrigin: string | undefined;
const formTargets = () => [
  (widgetOrigin ??= new URL(widgetUrl({ accessToken: "", accessMode: "single" })).origin),
];

// Pages only: each gets its Content-Security-Policy with a fresh nonce, which Next finds in the
// request's policy and puts on the scripts it renders (lib/http/server/security-headers.ts; the
// headers every response shares come from next.config.js). And optimistic sign-in redirects. API
// routes authorize themselves in `withUser` (they answer 401 without a session;
// e2e/protected-routes.spec.ts checks every one), so they skip this and do not decrypt the session
// twice, nor have their bodies buffered for a proxy. The data layer authorizes again wherever data
// is read.
export default async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const https = servedOverHttps(request);
  const policy = pageContentSecurityPolicy({
    nonce: newNonce(),
    development: env().NODE_ENV === "development",
    https,
    formTargets: formTargets(),
  });
  const signedIn =
    isPublicPage(pathname) || (await getToken({ req: request, secret: env().NEXTAUTH_SECRET }));
  if (signedIn) {
    const headers = new Headers(request.headers);
    headers.set("Content-Security-Policy", policy);
    return withSecurityHeaders(NextResponse.next({ request: { headers } }), { https, policy });
  }
  const login = new URL("/login", request.url);
  if (pathname !== "/") login.searchParams.set("callbackUrl", `${pathname}${search}`);
  return withSecurityHeaders(NextResponse.redirect(login), { https, policy });
}

export const config = {
  matcher: [
    "/((?!api/|_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|jpg|ico|webp|woff2)$).*)",
  ],
};
