/** The few outcomes the app acts on; Belvo's many codes collapse into these. */
export type BelvoErrorCode =
  | "invalid_credentials"
  | "not_found"
  | "rate_limited"
  | "daily_limit"
  | "timeout"
  | "institution_unavailable"
  | "unauthorized"
  | "unexpected";

/** One entry of Belvo's error array, with its message already redacted. */
export interface BelvoErrorDetail {
  code: string | null;
  message: string | null;
  field: string | null;
}

export interface BelvoErrorInit {
  code: BelvoErrorCode;
  message: string;
  status?: number | null;
  belvoCode?: string | null;
  requestId?: string | null;
  field?: string;
  institutionMessage?: string;
  details?: BelvoErrorDetail[];
  /** Seconds or an HTTP date, as sent in Retry-After; lets callers show when to try again. */
  retryAfter?: string | null;
  cause?: unknown;
}

export class BelvoError extends Error {
  override readonly name = "BelvoError";
  readonly code: BelvoErrorCode;
  /** HTTP status, or null when no response arrived (our timeout, a refused connection). */
  readonly status: number | null;
  readonly belvoCode: string | null;
  readonly requestId: string | null;
  readonly field?: string;
  /** The institution's own words (IMSS answers in Spanish), redacted of personal data. */
  readonly institutionMessage?: string;
  readonly details: BelvoErrorDetail[];
  readonly retryAfter: string | null;

  constructor(init: BelvoErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.code = init.code;
    this.status = init.status ?? null;
    this.belvoCode = init.belvoCode ?? null;
    this.requestId = init.requestId ?? null;
    if (init.field !== undefined) this.field = init.field;
    if (init.institutionMessage !== undefined) this.institutionMessage = init.institutionMessage;
    this.details = init.details ?? [];
    this.retryAfter = init.retryAfter ?? null;
  }
}

export function isBelvoError(error: unknown): error is BelvoError {
  return error instanceof BelvoError;
}

const BY_BELVO_CODE: Record<string, BelvoErrorCode> = {
  invalid_credentials: "invalid_credentials",
  login_error: "invalid_credentials",
  forbidden_by_host: "daily_limit",
  request_timeout: "timeout",
  institution_down: "institution_unavailable",
  institution_unavailable: "institution_unavailable",
  institution_inactive: "institution_unavailable",
  authentication_failed: "unauthorized",
  not_found: "not_found",
};

const BY_STATUS: Record<number, BelvoErrorCode> = {
  401: "unauthorized",
  404: "not_found",
  408: "timeout",
  429: "rate_limited",
};

/** Belvo's code wins over the status because the same 400 can mean bad credentials or a down IMSS. */
export function domainCodeFor(status: number | null, belvoCode: string | null): BelvoErrorCode {
  if (belvoCode && Object.hasOwn(BY_BELVO_CODE, belvoCode))
    return BY_BELVO_CODE[belvoCode] ?? "unexpected";
  if (status !== null && Object.hasOwn(BY_STATUS, status)) return BY_STATUS[status] ?? "unexpected";
  return "unexpected";
}
