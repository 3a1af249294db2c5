// Test-only: the session cookie a signed-in browser sends, for code that reads it through
// next/headers (lib/auth/session.ts). The token is next-auth's own, made by our jwt callback and
// encrypted with the app's secret, so the tests go through the real decoding.
import { encode, type JWT } from "next-auth/jwt";
import { authOptions } from "@/lib/auth/options";
import type { SignedIn } from "@/lib/auth/sign-in";
import { requireEnv } from "@/lib/env";

let jar: { name: string; value: string }[] = [];

/** For `vi.mock("next/headers", …)`: the cookies of the current (test) request. */
export const nextHeaders = { cookies: async () => ({ getAll: () => jar }) };

/** The token next-auth issues for a sign-in, through our callback. */
export const tokenFor = (user: SignedIn) =>
  authOptions.callbacks?.jwt?.({ token: {}, user, account: null }) as Promise<JWT> | JWT;

/** Sends `token` as the session cookie from now on (sealed with `secret`); null sends none. */
export async function sendSessionToken(
  token: JWT | null,
  secret: string = requireEnv("NEXTAUTH_SECRET"),
): Promise<void> {
  jar = token ? [{ name: "next-auth.session-token", value: await encode({ token, secret }) }] : [];
}
