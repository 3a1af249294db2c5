export interface SignInAnswer {
  /** The session cookie (`name=value`), when the sign-in succeeded. */
  cookie: string | null;
  /** next-auth's `error` for a refused sign-in (e.g. `CredentialsSignin`), else null. */
  error: string | null;
}

/**
 * Signs in to a running Cotiza the way a browser does: next-auth's credentials flow (the CSRF
 * token, then the form post, form-encoded).
 */
export async function signInAnswer(
  baseUrl: string,
  email: string,
  password: string,
): Promise<SignInAnswer> {
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const csrfCookie = csrfResponse.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const answer = (await response.json().catch(() => ({}))) as { url?: string };
  const session = response.headers
    .getSetCookie()
    .find((cookie) => cookie.includes("session-token"));
  const error = answer.url ? new URL(answer.url, baseUrl).searchParams.get("error") : null;
  return { cookie: session ? session.split(";")[0]! : null, error };
}

/** Signs in and returns the session cookie; throws when the sign-in is refused. */
export async function signInCookie(
  baseUrl: string,
  email: string,
  password: string,
): Promise<string> {
  const { cookie, error } = await signInAnswer(baseUrl, email, password);
  if (!cookie) throw new Error(`Sign-in failed for ${email} (${error ?? "no session"}).`);
  return cookie;
}
