// Pages reachable without a session: sign-in, the connect pages of applicants who have no Cotiza
// account, and the set-password pages of invited or reset team members (in both, the link's token
// is the credential). Every other page needs a session.
const PUBLIC_PAGES = ["/login"];
const PUBLIC_PREFIXES = ["/connect/", "/join/"];

export function isPublicPage(pathname: string): boolean {
  return (
    PUBLIC_PAGES.includes(pathname) || PUBLIC_PREFIXES.some((prefix) => pathname.startsWith(prefix))
  );
}
