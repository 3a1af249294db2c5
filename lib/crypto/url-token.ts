import { createHash, randomBytes } from "node:crypto";

/** The stored form of a URL token: its SHA-256, so a database leak yields no working links. */
export const hashToken = (token: string) => createHash("sha256").update(token).digest("base64url");

/** A new unguessable token for a link (256 bits), with the hash to store in its place. */
export function createUrlToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}
