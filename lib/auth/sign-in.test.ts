import { randomInt, randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type * as PasswordModule from "./password";
import { authOptions } from "./options";
import { signInProblem } from "./sign-in-error";
import { SignInRefused, signInWithCredentials } from "./sign-in";
import { accountKey } from "./throttle";
import { upsertUser } from "./users";

// Counts the password checks, to prove that a refused attempt never reaches one.
const checks = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/lib/auth/password", async (importOriginal) => {
  const actual = await importOriginal<typeof PasswordModule>();
  return {
    ...actual,
    verifyPassword: async (password: string, stored: string) => {
      checks.count += 1;
      return actual.verifyPassword(password, stored);
    },
  };
});

const PASSWORD = "the-right-password";
const AT = new Date("2030-01-01T12:00:00.000Z");
const later = (seconds: number) => new Date(AT.getTime() + seconds * 1000);
/** A fresh address per test (TEST-NET-2), so tests never share a per-address counter. */
const newAddress = () => `198.51.${randomInt(256)}.${randomInt(256)}`;
const newUser = () =>
  upsertUser({
    email: `Throttle.${randomUUID()}@Cotiza.Test`,
    name: "Tere Throttle",
    role: "UNDERWRITER",
    password: PASSWORD,
  });

/** An attempt's outcome: "ok", "wrong", or the refusal's reason. */
async function attempt(email: string, password: string, address: string, at = AT) {
  try {
    return (await signInWithCredentials({ email, password }, address, at)) ? "ok" : "wrong";
  } catch (error) {
    if (error instanceof SignInRefused) return error.refusal.reason;
    throw error;
  }
}

const counterOf = (key: string) => db().signInThrottle.findUnique({ where: { key } });

describe("sign-in protection", () => {
  it("counts concurrent failures, checks no password once refused, and locks the account", async () => {
    const user = await newUser();
    const before = checks.count;
    const outcomes = await Promise.all(
      Array.from({ length: 12 }, () => attempt(user.email, "wrong-password", newAddress())),
    );
    // Three free checks; every other attempt was turned away before its password was looked at.
    expect(checks.count - before).toBe(3);
    expect(outcomes.filter((outcome) => outcome === "wrong")).toHaveLength(3);
    expect(outcomes.filter((outcome) => outcome === "tooManyAttempts")).toHaveLength(6);
    expect(outcomes.filter((outcome) => outcome === "accountLocked")).toHaveLength(3);
    expect(await counterOf(accountKey(user.email))).toMatchObject({
      failures: 10,
      lockedUntil: later(15 * 60),
    });
    // Even the right password waits out the lock, unchecked.
    const checked = checks.count;
    expect(await attempt(user.email, PASSWORD, newAddress(), later(14 * 60))).toBe("accountLocked");
    expect(checks.count).toBe(checked);
    expect(await attempt(user.email, PASSWORD, newAddress(), later(15 * 60))).toBe("ok");
  });

  it("keys the account by a keyed hash of the lower-cased email, never the email", async () => {
    const user = await newUser();
    await attempt(user.email.toUpperCase(), "wrong-password", newAddress());
    const row = await counterOf(accountKey(user.email));
    expect(row?.key).toMatch(/^account:[A-Za-z0-9_-]{43}$/);
    expect(row?.key).not.toContain(user.email.split("@")[0]);
    expect(row?.failures).toBe(1);
  });

  it("waits between failures: the 4th attempt right after the 3rd is refused and counted", async () => {
    const user = await newUser();
    const address = newAddress();
    for (const second of [0, 1, 2])
      expect(await attempt(user.email, "x", address, later(second))).toBe("wrong");
    expect(await attempt(user.email, PASSWORD, address, later(2.5))).toBe("tooManyAttempts");
    // 4 failures now (the refused attempt counted), the last at 2.5 s: the next waits 2 s.
    expect(await attempt(user.email, PASSWORD, address, later(4))).toBe("tooManyAttempts");
    expect(await attempt(user.email, PASSWORD, address, later(4 + 4))).toBe("ok");
  });

  it("a success clears the account's failures", async () => {
    const user = await newUser();
    const address = newAddress();
    await attempt(user.email, "x", address);
    await attempt(user.email, "x", address, later(1));
    expect(await attempt(user.email, PASSWORD, address, later(2))).toBe("ok");
    expect(await counterOf(accountKey(user.email))).toBeNull();
    for (const second of [3, 4])
      expect(await attempt(user.email, "x", address, later(second))).toBe("wrong");
    expect((await counterOf(accountKey(user.email)))?.failures).toBe(2);
  });

  it("throttles an address that fails on many accounts, and only that address", async () => {
    const address = newAddress();
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, () => attempt(`nobody.${randomUUID()}@cotiza.test`, "x", address)),
    );
    expect(outcomes).toEqual(Array.from({ length: 20 }, () => "wrong"));
    const user = await newUser();
    const before = checks.count;
    expect(await attempt(user.email, PASSWORD, address)).toBe("tooManyAttempts");
    expect(checks.count).toBe(before);
    expect(await attempt(user.email, PASSWORD, newAddress())).toBe("ok");
    expect((await counterOf(`address:${address}`))?.failures).toBe(21);
  });

  it("counts only failures for an address: many sign-ins from one address go through", async () => {
    const user = await newUser();
    const address = newAddress();
    for (let i = 0; i < 25; i += 1)
      expect(await attempt(user.email, PASSWORD, address, later(i))).toBe("ok");
    expect((await counterOf(`address:${address}`))?.failures).toBe(0);
  });

  it("audits the first wait and the lock with the user's id, never the email", async () => {
    const user = await newUser();
    for (let i = 0; i < 10; i += 1) await attempt(user.email, "x", newAddress(), later(i * 61));
    const events = await db().auditEvent.findMany({
      where: { subject: user.id },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((event) => event.action)).toEqual([
      "auth.sign_in_throttled",
      "auth.account_locked",
    ]);
    expect(events[1]?.details).toEqual({
      scope: "account",
      failures: 10,
      userId: user.id,
      lockedUntil: later(9 * 61 + 15 * 60).toISOString(),
    });
    expect(JSON.stringify(events)).not.toContain(user.email);
  });
});

describe("what a failed sign-in sends the browser", () => {
  type Authorize = (raw: unknown, request: unknown) => Promise<unknown>;
  const { authorize } = (
    authOptions.providers[0] as unknown as { options: { authorize: Authorize } }
  ).options;
  const request = (address: string) => ({ headers: { "x-forwarded-for": `${address}, 10.0.0.1` } });

  it("turns text the database cannot take into a plain wrong sign-in", async () => {
    const address = newAddress();
    for (const raw of [
      { email: "a\u0000b@cotiza.test", password: "x" },
      { email: "a@cotiza.test", password: "pass\u0000word" },
      { email: "\ud800@cotiza.test", password: "x" },
      { email: `${"a".repeat(400)}@cotiza.test`, password: "x" },
      { email: "a@cotiza.test", password: "x".repeat(5000) },
      { email: ["a@cotiza.test"], password: "x" },
    ])
      await expect(authorize(raw, request(address))).resolves.toBeNull();
    expect(await counterOf(`address:${address}`)).toBeNull();
  });

  it("never lets an exception's text reach the answer", async () => {
    const raw = {
      get email(): string {
        throw new Error("Invalid `prisma.user.findUnique()` invocation: a\u0000b@cotiza.test");
      },
      password: "x",
    };
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    await expect(authorize(raw, request(newAddress()))).rejects.toThrow(/^Unavailable$/);
    expect(signInProblem("Unavailable")).toEqual({ message: "auth.login.errors.unavailable" });
  });

  it("sends a lock as a code with the minute it ends, which the page reads as a sentence", async () => {
    const user = await newUser();
    const address = newAddress();
    for (let i = 0; i < 10; i += 1)
      await authorize({ email: user.email, password: "x" }, request(address)).catch(() => null);
    const refused = await authorize(
      { email: user.email, password: PASSWORD },
      request(address),
    ).catch((error: Error) => error.message);
    expect(refused).toMatch(/^AccountLocked:\d{4}-\d\d-\d\dT\d\d:\d\d:00\.000Z$/);
    const { lockedUntil } = (await counterOf(accountKey(user.email))) ?? {};
    const shown = Date.parse(String(refused).slice("AccountLocked:".length));
    expect(shown - (lockedUntil?.getTime() ?? 0)).toBeGreaterThanOrEqual(0);
    expect(shown - (lockedUntil?.getTime() ?? 0)).toBeLessThan(60_000);
    expect(signInProblem(String(refused))).toEqual({
      message: "errors.auth.accountLocked",
      params: { availableAt: new Date(shown).toISOString() },
    });
    expect(await counterOf(`address:${address}`)).toMatchObject({ failures: 10 });
  });
});
