import { timingSafeEqual } from "node:crypto";
import { EMULATOR_SECRET_ID, EMULATOR_SECRET_PASSWORD } from "../../../lib/belvo/emulator-keys";

function same(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export function validKeys(id: unknown, password: unknown): boolean {
  return (
    typeof id === "string" &&
    typeof password === "string" &&
    same(id, EMULATOR_SECRET_ID) &&
    same(password, EMULATOR_SECRET_PASSWORD)
  );
}

/** Basic auth with the secret key id as user and the secret key password as password. */
export function basicAuthOk(header: string | undefined): boolean {
  if (!header?.startsWith("Basic ")) return false;
  const decoded = Buffer.from(header.slice(6), "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  return colon > 0 && validKeys(decoded.slice(0, colon), decoded.slice(colon + 1));
}
