import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";
import { refusalCode, signInProblem } from "./sign-in-error";

describe("the client's address for sign-in protection", () => {
  it("is the first hop of X-Forwarded-For, else X-Real-IP, else unknown", () => {
    expect(clientAddress({ "x-forwarded-for": "203.0.113.7, 10.0.0.2" })).toBe("203.0.113.7");
    expect(clientAddress(new Headers({ "x-forwarded-for": " 2001:DB8::1 " }))).toBe("2001:db8::1");
    expect(clientAddress({ "x-real-ip": "198.51.100.4" })).toBe("198.51.100.4");
    expect(clientAddress({})).toBe("unknown");
    expect(clientAddress(undefined)).toBe("unknown");
  });

  it("never turns free text into a key", () => {
    expect(clientAddress({ "x-forwarded-for": "<script>, 10.0.0.2" })).toBe("unknown");
    expect(clientAddress({ "x-forwarded-for": "x".repeat(5000), "x-real-ip": "::1" })).toBe("::1");
  });
});

describe("what a refused sign-in tells the browser", () => {
  it("is a code with the minute the wait ends (rounded up), read back as a sentence", () => {
    const until = new Date("2030-01-01T12:00:01.500Z");
    const code = refusalCode({ reason: "tooManyAttempts", until });
    expect(code).toBe("TooManyAttempts:2030-01-01T12:01:00.000Z");
    expect(signInProblem(code)).toEqual({
      message: "errors.auth.tooManyAttempts",
      params: { availableAt: "2030-01-01T12:01:00.000Z" },
    });
    expect(
      refusalCode({ reason: "accountLocked", until: new Date("2030-01-01T12:15:00.000Z") }),
    ).toBe("AccountLocked:2030-01-01T12:15:00.000Z");
  });

  it("reads next-auth's own codes, and anything else as unavailable", () => {
    expect(signInProblem("CredentialsSignin")?.message).toBe("auth.login.errors.wrongCredentials");
    expect(signInProblem("SessionRequired")?.message).toBe("auth.login.errors.sessionRequired");
    expect(signInProblem("AccountLocked:tomorrow")?.message).toBe("auth.login.errors.unavailable");
    expect(signInProblem("Invalid `prisma.user.findUnique()` invocation")?.message).toBe(
      "auth.login.errors.unavailable",
    );
    expect(signInProblem(null)).toBeNull();
  });
});
