import { isIP } from "node:net";

type HeaderBag = Headers | Record<string, string | string[] | undefined> | undefined;

function header(headers: HeaderBag, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The client's address, for the per-address sign-in counter: the first hop of X-Forwarded-For
 * (Next.js fills it with the socket's address when a request has none), else X-Real-IP, else
 * "unknown". Only a valid IP is used (no free text in keys). A client can still name any address
 * it likes, so the proxy in front of Cotiza must overwrite the header; the per-account counter
 * does not depend on it.
 */
export function clientAddress(headers: HeaderBag): string {
  const candidates = [
    header(headers, "x-forwarded-for")?.split(",")[0]?.trim(),
    header(headers, "x-real-ip")?.trim(),
  ];
  return candidates.find((address) => address && isIP(address))?.toLowerCase() ?? "unknown";
}
