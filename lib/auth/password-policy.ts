import { z } from "zod";

// Apart from password.ts (node:crypto) so that browser forms check the same rule as the server.
export const MIN_PASSWORD_LENGTH = 10;
// scrypt's cost grows with the input: a cap keeps one request from pinning a CPU.
const MAX_PASSWORD_LENGTH = 200;

// The messages are catalog keys; their sentences name the limits (password-policy.test.ts checks
// that they agree with these numbers).
export const newPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, "auth.validation.passwordTooShort")
  .max(MAX_PASSWORD_LENGTH, "auth.validation.passwordTooLong");

export { MAX_PASSWORD_LENGTH };
