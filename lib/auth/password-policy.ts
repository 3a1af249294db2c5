import { z } from "zod";

// Apart from password.ts (node:crypto) so that browser forms check the same rule as the server.
export const MIN_PASSWORD_LENGTH = 10;
// scrypt's cost grows with the input: a cap keeps one request from pinning a CPU.
const MAX_PASSWORD_LENGTH = 200;

export const newPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(MAX_PASSWORD_LENGTH, `Use at most ${MAX_PASSWORD_LENGTH} characters.`);
