// Signs in to a running Cotiza the way a browser does and returns the session cookie.
export async function signInCookie(
  baseUrl: string,
  email: string,
  password: string,
): Promise<string> {
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
  const session = response.headers
    .getSetCookie()
    .find((cookie) => cookie.includes("session-token"));
  if (!session) throw new Error(`Sign-in failed for ${email} (HTTP ${response.status}).`);
  return session.split(";")[0]!;
}
