import { randomInt, randomUUID } from "node:crypto";
import NextAuth from "next-auth";
import { decode } from "next-auth/jwt";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { authOptions } from "./options";
import { upsertUser } from "./users";

// The whole next-auth exchange as the browser makes it (CSRF cookie, credentials callback,
// sign-out), through next-auth's own handler with our options: what reaches the answer's URL, and
// what signing out does on the server. (Its Node API form: the route handler form reads the
// request through next/headers, which needs Next's request scope.)

type Cookie = { name: string; value: string };

/** One request to /api/auth/<action>: its status, JSON body and the cookies it set. */
async function call(
  action: string,
  options: { body?: Record<string, string>; cookies?: Cookie[]; address?: string } = {},
) {
  const headers = new Map<string, unknown>();
  const answer = { status: 200, body: undefined as unknown };
  const res = {
    status: (code: number) => ((answer.status = code), res),
    setHeader: (name: string, value: unknown) => (headers.set(name.toLowerCase(), value), res),
    getHeader: (name: string) => headers.get(name.toLowerCase()),
    json: (body: unknown) => ((answer.body = body), res),
    send: (body: unknown) => ((answer.body = body), res),
    end: () => res,
  };
  const req = {
    method: options.body ? "POST" : "GET",
    query: { nextauth: action.split("/") },
    headers: {
      host: "cotiza.test",
      "x-forwarded-proto": "http",
      "x-forwarded-for": options.address ?? "198.18.0.1",
    },
    // `json: "true"` asks for the redirect as JSON, as next-auth's own client does.
    body: options.body ? { ...options.body, json: "true" } : {},
    cookies: Object.fromEntries((options.cookies ?? []).map((c) => [c.name, c.value])),
  };
  await (NextAuth as unknown as (...args: unknown[]) => Promise<void>)(req, res, authOptions);
  const setCookies = (headers.get("set-cookie") ?? []) as string[];
  const cookies = setCookies.map((header) => {
    const [name = "", value = ""] = (header.split(";")[0] ?? "").split(/=(.*)/s);
    return { name, value: decodeURIComponent(value) };
  });
  const url = (answer.body as { url?: string } | undefined)?.url;
  return { ...answer, url, cookies };
}

/** A browser's CSRF token and cookie, as the sign-in form fetches them first. */
async function csrf() {
  const answer = await call("csrf");
  return { token: (answer.body as { csrfToken: string }).csrfToken, cookies: answer.cookies };
}

async function signIn(email: string, password: string, address: string) {
  const { token, cookies } = await csrf();
  const answer = await call("callback/credentials", {
    body: { csrfToken: token, email, password, callbackUrl: "/applicants" },
    cookies,
    address,
  });
  return { answer, cookies: [...cookies, ...answer.cookies] };
}

const errorOf = (url: string | undefined) => new URL(String(url)).searchParams.get("error");

describe("next-auth with our options", () => {
  it("answers text the database cannot take with a plain wrong sign-in, never its error", async () => {
    for (const email of ["a\u0000b@cotiza.test", "\udc00@cotiza.test", `${"x".repeat(500)}@a.b`]) {
      const { answer } = await signIn(email, "whatever", "198.18.1.1");
      expect(answer.url).not.toMatch(/prisma|invalid|byte/i);
      expect(errorOf(answer.url)).toBe("CredentialsSignin");
    }
  });

  it("answers an unexpected failure with a bare code, and logs no personal data", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    // What Prisma throws for a value PostgreSQL refuses: its message echoes the value.
    const failure = Object.assign(new Error("Invalid `prisma.user.findUnique()`: a@cotiza.test"), {
      name: "PrismaClientUnknownRequestError",
    });
    const spy = vi.spyOn(db(), "$transaction").mockRejectedValueOnce(failure);
    const { answer } = await signIn("a@cotiza.test", "whatever", "198.18.1.2");
    spy.mockRestore();
    expect(errorOf(answer.url)).toBe("Unavailable");
    expect(JSON.stringify(logged.mock.calls)).not.toContain("a@cotiza.test");
    logged.mockRestore();
  });

  it("signs in with a session id in the token, and signing out deletes that session", async () => {
    const password = "flow-password";
    const user = await upsertUser({
      email: `flow.${randomUUID()}@cotiza.test`,
      name: "Flor Flujo",
      role: "UNDERWRITER",
      password,
    });
    const { answer, cookies } = await signIn(user.email, password, `198.18.2.${randomInt(256)}`);
    expect(answer.url).toMatch(/\/applicants$/);
    const session = cookies.find((cookie) => cookie.name.endsWith("next-auth.session-token"));
    const token = await decode({ token: session?.value, secret: env().NEXTAUTH_SECRET ?? "" });
    expect(token?.sid).toMatch(/^[0-9a-f-]{36}$/);
    expect(
      await db().userSession.count({ where: { id: String(token?.sid), userId: user.id } }),
    ).toBe(1);

    const fresh = await csrf();
    const signedOut = await call("signout", {
      body: { csrfToken: fresh.token },
      cookies: [
        ...cookies.filter((cookie) => !cookie.name.endsWith("csrf-token")),
        ...fresh.cookies,
      ],
    });
    expect(signedOut.url).toBeTruthy();
    expect(await db().userSession.count({ where: { id: String(token?.sid) } })).toBe(0);
  });
});
