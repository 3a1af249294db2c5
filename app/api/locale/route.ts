import { NextResponse } from "next/server";
import { z } from "zod";
import { currentUser } from "@/lib/auth/session";
import { setUserLocale } from "@/lib/auth/users";
import { errorResponse } from "@/lib/http/server/route";
import { readJson } from "@/lib/http/server/read-json";
import { LOCALE_COOKIE, LOCALES } from "@/lib/i18n/locales";

const bodySchema = z.object({ locale: z.enum(LOCALES) });

const YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * Chooses the language: kept on the account when someone is signed in, and in a cookie either way
 * (the sign-in and public pages read it). Open without a session, like the pages it serves.
 */
export async function POST(request: Request): Promise<Response> {
  try {
    const { locale } = await readJson(request, bodySchema);
    const user = await currentUser();
    if (user) await setUserLocale(user.id, locale);
    const response = new NextResponse(null, { status: 204 });
    response.cookies.set(LOCALE_COOKIE, locale, {
      path: "/",
      maxAge: YEAR_SECONDS,
      sameSite: "lax",
      httpOnly: false,
    });
    return response;
  } catch (error) {
    return errorResponse(error);
  }
}
