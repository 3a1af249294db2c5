// Paths reachable without a session. Everything else needs one; the e2e suite checks every route.
const PUBLIC_PATHS = ["/login", "/api/health"];
const PUBLIC_PREFIXES = ["/api/auth/", "/api/webhooks/"];

export function isPublicPath(pathname: string): boolean {
  return (
    PUBLIC_PATHS.includes(pathname) || PUBLIC_PREFIXES.some((prefix) => pathname.startsWith(prefix))
  );
}
