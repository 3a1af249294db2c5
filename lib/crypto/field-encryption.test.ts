import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decryptField, deriveFieldKeys, encryptField, lookupHash } from "./field-encryption";

const keys = deriveFieldKeys(randomBytes(32).toString("base64url"));
const otherKeys = deriveFieldKeys(randomBytes(32).toString("base64url"));
const CURP = "PENJ800101HDFXXX09";

describe("field encryption", () => {
  it("round-trips text with accents and never stores the plaintext", () => {
    const stored = encryptField("José Núñez <jose@correo.mx>", keys);
    expect(stored).not.toContain("Núñez");
    expect(decryptField(stored, keys)).toBe("José Núñez <jose@correo.mx>");
  });

  it("uses a fresh IV each time, so equal values do not look equal", () => {
    expect(encryptField(CURP, keys)).not.toBe(encryptField(CURP, keys));
  });

  it("refuses tampered ciphertext and the wrong key", () => {
    const stored = encryptField(CURP, keys);
    const [version, iv, tag, body] = stored.split(":") as [string, string, string, string];
    const flipped = Buffer.from(body, "base64url");
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    expect(() =>
      decryptField([version, iv, tag, flipped.toString("base64url")].join(":"), keys),
    ).toThrow();
    expect(() => decryptField(stored, otherKeys)).toThrow();
    expect(() => decryptField("plain-text", keys)).toThrow("unknown format");
  });

  it("hashes for lookup deterministically, normalized, and per key", () => {
    expect(lookupHash(CURP, keys)).toBe(lookupHash(` ${CURP.toLowerCase()} `, keys));
    expect(lookupHash(CURP, keys)).not.toBe(lookupHash(CURP, otherKeys));
    expect(lookupHash(CURP, keys)).not.toContain(CURP);
  });

  it("rejects a short master key", () => {
    expect(() => deriveFieldKeys(randomBytes(16).toString("base64url"))).toThrow(
      "at least 32 bytes",
    );
  });
});
