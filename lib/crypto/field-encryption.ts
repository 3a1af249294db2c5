import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";
import { requireEnv } from "@/lib/env";

// Personal identifiers (CURP, NSS, RFC, email) are stored as AES-256-GCM ciphertext. Exact-match
// search (by CURP) uses a keyed hash, so the database never holds anything that can be reversed or
// brute-forced without the key. Both keys are derived from one master key, each for one purpose.
const VERSION = "v1";

export type FieldKeys = { encryption: Buffer; lookup: Buffer };

export function deriveFieldKeys(masterKey: string): FieldKeys {
  const master = Buffer.from(masterKey, "base64url");
  if (master.length < 32)
    throw new Error("COTIZA_ENCRYPTION_KEY must encode at least 32 bytes (base64url).");
  const derive = (info: string) =>
    Buffer.from(hkdfSync("sha256", master, Buffer.alloc(0), info, 32));
  return { encryption: derive("cotiza/field-encryption"), lookup: derive("cotiza/lookup-hash") };
}

let cachedKeys: FieldKeys | undefined;
function keys(): FieldKeys {
  cachedKeys ??= deriveFieldKeys(requireEnv("COTIZA_ENCRYPTION_KEY"));
  return cachedKeys;
}

export function encryptField(plaintext: string, fieldKeys: FieldKeys = keys()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", fieldKeys.encryption, iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [
    VERSION,
    iv.toString("base64url"),
    cipher.getAuthTag().toString("base64url"),
    ciphertext.toString("base64url"),
  ].join(":");
}

export function decryptField(stored: string, fieldKeys: FieldKeys = keys()): string {
  const [version, iv, tag, ciphertext] = stored.split(":");
  if (version !== VERSION || !iv || !tag || ciphertext === undefined) {
    throw new Error("Encrypted field has an unknown format.");
  }
  const decipher = createDecipheriv(
    "aes-256-gcm",
    fieldKeys.encryption,
    Buffer.from(iv, "base64url"),
  );
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([
    decipher.update(Buffer.from(ciphertext, "base64url")),
    decipher.final(),
  ]).toString("utf8");
}

/** Deterministic keyed hash for exact-match lookups; the input is normalized (trimmed, upper case). */
export function lookupHash(value: string, fieldKeys: FieldKeys = keys()): string {
  return createHmac("sha256", fieldKeys.lookup)
    .update(value.trim().toUpperCase())
    .digest("base64url");
}
