// Paths reachable without a session. Everything else needs one; the e2e suite checks every route.
const PUBLIC_PATHS = ["/login", "/api/health"];
// /connect/<token>: applicants without a Cotiza account connect through an invite.
const PUBLIC_PREFIXES = ["/api/auth/", "/api/webhooks/", "/connect/"];

export function isPublicPath(pathname: string): boolean {
  return (
    PUBLIC_PATHS.includes(pathname) || PUBLIC_PREFIXES.some((prefix) => pathname.startsWith(prefix))
  );
}
