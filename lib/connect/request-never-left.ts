import { isBelvoError } from "@/lib/belvo";

/** Network errors raised before a single byte of the request could reach Belvo. */
const NOT_SENT = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ERR_INVALID_URL"]);

function causeCodes(error: unknown): string[] {
  const codes: string[] = [];
  for (let cause = error, depth = 0; cause && depth < 5; depth += 1) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === "string") codes.push(code);
    cause = (cause as { cause?: unknown }).cause;
  }
  return codes;
}

/**
 * True only when a Belvo call failed without any response and for a reason that proves the request
 * was never sent (no connection could be opened). A timeout or a reset may have reached IMSS: those
 * still count against the applicant's daily queries.
 */
export function requestNeverLeft(error: unknown): boolean {
  if (!isBelvoError(error) || error.status !== null) return false;
  return causeCodes(error.cause).some((code) => NOT_SENT.has(code));
}
