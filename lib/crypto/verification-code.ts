import { createHmac, hkdfSync } from "node:crypto";
import { requireEnv } from "@/lib/env";

// A short code printed on each verification report: the first 8 hex digits of an HMAC of its folio,
// keyed from the master key for this purpose alone. A person who reads a folio and its code can tell
// whether they belong together; only Cotiza can compute a code.

let cachedKey: Buffer | undefined;

export function verificationKey(masterKey: string): Buffer {
  const master = Buffer.from(masterKey, "base64url");
  return Buffer.from(hkdfSync("sha256", master, Buffer.alloc(0), "cotiza/report-verification", 32));
}

export function verificationCode(
  folio: string,
  key: Buffer = (cachedKey ??= verificationKey(requireEnv("COTIZA_ENCRYPTION_KEY"))),
): string {
  return createHmac("sha256", key).update(folio).digest("hex").slice(0, 8).toUpperCase();
}
