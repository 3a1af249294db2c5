// Pages reachable without a session: sign-in, and the connect pages of applicants who have no
// Cotiza account (an invite's token is their credential). Every other page needs a session.
const PUBLIC_PAGES = ["/login"];
const PUBLIC_PREFIXES = ["/connect/"];

export function isPublicPage(pathname: string): boolean {
  return (
    PUBLIC_PAGES.includes(pathname) || PUBLIC_PREFIXES.some((prefix) => pathname.startsWith(prefix))
  );
}
