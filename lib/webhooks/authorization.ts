import { createHash, timingSafeEqual } from "node:crypto";

const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();

/**
 * Compares the `Authorization` header with the configured value in constant time. Hashing first
 * gives equal-length inputs, so neither the content nor the length of the secret leaks.
 */
export function authorizationMatches(received: string | null, expected: string): boolean {
  return timingSafeEqual(digest(received ?? ""), digest(expected)) && received !== null;
}
