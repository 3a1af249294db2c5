import { describe, expect, it } from "vitest";
import { messagesFor } from "@/lib/i18n/catalog";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, newPasswordSchema } from "./password-policy";

describe("the password policy's messages", () => {
  it("are catalog keys whose sentences name the limits, in both languages", () => {
    const short = newPasswordSchema.safeParse("x".repeat(MIN_PASSWORD_LENGTH - 1));
    const long = newPasswordSchema.safeParse("x".repeat(MAX_PASSWORD_LENGTH + 1));
    expect(short.error?.issues[0]?.message).toBe("auth.validation.passwordTooShort");
    expect(long.error?.issues[0]?.message).toBe("auth.validation.passwordTooLong");
    expect(newPasswordSchema.safeParse("x".repeat(MIN_PASSWORD_LENGTH)).success).toBe(true);
    for (const locale of ["es", "en"] as const) {
      const { validation } = messagesFor(locale).auth as {
        validation: Record<string, string>;
      };
      expect(validation.passwordTooShort).toContain(String(MIN_PASSWORD_LENGTH));
      expect(validation.passwordTooLong).toContain(String(MAX_PASSWORD_LENGTH));
    }
  });
});
