import type { BelvoErrorDetail } from "./errors";
import { BelvoError, domainCodeFor } from "./errors";
import { redactPersonalData } from "./redact";

/** Codes whose message is the institution's verbatim text (IMSS's Spanish), worth showing as is. */
const INSTITUTION_MESSAGE_CODES = new Set([
  "invalid_credentials",
  "login_error",
  "forbidden_by_host",
]);

function readDetail(entry: unknown): (BelvoErrorDetail & { requestId: string | null }) | null {
  if (typeof entry !== "object" || entry === null) return null;
  const record = entry as Record<string, unknown>;
  const text = (key: string) => (typeof record[key] === "string" ? (record[key] as string) : null);
  const message = text("message");
  return {
    code: text("code"),
    message: message === null ? null : redactPersonalData(message),
    field: text("field"),
    requestId: text("request_id"),
  };
}

/**
 * Turns a non-2xx response into a BelvoError. Belvo always sends an array of
 * `{code, message, request_id, field?}`, but proxies in front of it may not, so anything else still
 * yields an error classified by status alone.
 */
export function errorFromResponse(input: {
  status: number;
  body: unknown;
  retryAfter?: string | null;
}): BelvoError {
  const { status, body } = input;
  const entries = Array.isArray(body)
    ? body
    : typeof body === "object" && body !== null
      ? [body]
      : [];
  const details = entries.map(readDetail).filter((d): d is NonNullable<typeof d> => d !== null);
  const first = details[0];
  const belvoCode = first?.code ?? null;
  const code = domainCodeFor(status, belvoCode);
  const summary = first?.message ? `: ${first.message}` : "";
  return new BelvoError({
    code,
    status,
    belvoCode,
    requestId: first?.requestId ?? null,
    ...(first?.field ? { field: first.field } : {}),
    ...(belvoCode && INSTITUTION_MESSAGE_CODES.has(belvoCode) && first?.message
      ? { institutionMessage: first.message }
      : {}),
    message: `Belvo answered ${status}${belvoCode ? ` ${belvoCode}` : ""}${summary}`,
    details: details.map(({ code: c, message, field }) => ({ code: c, message, field })),
    retryAfter: input.retryAfter ?? null,
  });
}
