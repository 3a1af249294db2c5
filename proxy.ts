import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { isPublicPage } from "@/lib/auth/public-paths";
import { env } from "@/lib/env";

// Optimistic redirects for pages only. API routes authorize themselves in `withUser` (they answer
// 401 without a session; e2e/protected-routes.spec.ts checks every one), so they skip this and
// do not decrypt the session twice. The data layer authorizes again wherever data is read.
export default async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (isPublicPage(pathname)) return NextResponse.next();
  if (await getToken({ req: request, secret: env().NEXTAUTH_SECRET })) return NextResponse.next();
  const login = new URL("/login", request.url);
  if (pathname !== "/") login.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: [
    "/((?!api/|_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|jpg|ico|webp|woff2)$).*)",
  ],
};
