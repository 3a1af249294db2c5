import { isBelvoError, type BelvoErrorCode } from "@/lib/belvo";
import { AppError, type ErrorCode } from "@/lib/errors";

const APP_CODES: Record<BelvoErrorCode, ErrorCode> = {
  invalid_credentials: "bad_request",
  not_found: "not_found",
  rate_limited: "rate_limited",
  daily_limit: "rate_limited",
  timeout: "unavailable",
  institution_unavailable: "unavailable",
  unauthorized: "unavailable",
  unexpected: "unavailable",
};

/** Turns a Belvo failure into our error with a sentence a person can act on; anything else passes. */
export function toAppError(error: unknown): unknown {
  if (!isBelvoError(error)) return error;
  if (error.code === "unauthorized" || error.code === "unexpected") {
    console.error(
      `cotiza: Belvo call failed (${error.code}, status ${error.status ?? "none"}, request ${error.requestId ?? "none"})`,
    );
  }
  // The institution's own words (IMSS writes Spanish) are shown verbatim inside the sentence.
  const said = error.institutionMessage
    ? { said: "yes", institution: error.institutionMessage }
    : { said: "no", institution: "" };
  return new AppError(APP_CODES[error.code], `errors.belvo.${error.code}`, said, {
    belvoCode: error.code,
  });
}
