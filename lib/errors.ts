// One error type for the whole app: a code decides the HTTP status and the sentence a person sees.
export const ERROR_CODES = {
  unauthorized: { status: 401, message: "Sign in to continue." },
  forbidden: { status: 403, message: "Your role does not allow this." },
  not_found: { status: 404, message: "Not found." },
  bad_request: { status: 400, message: "The request is not valid." },
  conflict: { status: 409, message: "This conflicts with the current state." },
  rate_limited: { status: 429, message: "Too many requests. Try again shortly." },
  unavailable: { status: 503, message: "A service Cotiza depends on is unavailable." },
  internal: { status: 500, message: "Something went wrong on our side. Try again." },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode, message?: string, details?: Record<string, unknown>) {
    super(message ?? ERROR_CODES[code].message);
    this.name = "AppError";
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return ERROR_CODES[this.code].status;
  }
}

/** The body every API error answers with: `{ error: { code, message } }`. */
export function errorBody(error: AppError) {
  return { error: { code: error.code, message: error.message, ...error.details } };
}

/**
 * An unexpected error as it may be logged or shown to an admin. Database errors echo the values
 * they were given (names, salaries, identifiers), so they are reduced to their class and code.
 */
export function safeErrorSummary(error: unknown): string {
  if (!(error instanceof Error)) return "a non-Error value was thrown";
  const code = (error as { code?: unknown }).code;
  if (error.name.startsWith("PrismaClient") || error.name === "DatabaseError") {
    return typeof code === "string" ? `${error.name} ${code}` : error.name;
  }
  const text = `${error.name}: ${error.message}`;
  return text.length > 1_000 ? `${text.slice(0, 999)}…` : text;
}

/** Waits for `promise`; an AppError becomes the value, for pages that show its message in place. */
export function orAppError<T>(promise: Promise<T>): Promise<T | AppError> {
  return promise.catch((error: unknown) => {
    if (error instanceof AppError) return error;
    throw error;
  });
}
