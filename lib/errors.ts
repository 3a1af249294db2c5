import type { MessageKeys, Messages, NestedKeyOf } from "next-intl";

/**
 * One error type for the whole app: a code decides the HTTP status, a catalog key the sentence a
 * person reads.
 *
 * The convention (server → browser):
 * - `new AppError(code, key?, params?, details?)`. `key` is a full key of the `errors` namespace
 *   (`lib/i18n/messages/<lang>/errors.json`), checked by the compiler; without it the code's own
 *   sentence, `errors.codes.<code>`, is used.
 * - The JSON body is `{ error: { code, message, params?, fields?, ...extras } }`: `message` is the
 *   full key, `params` its ICU arguments, `fields` maps a field name to a full key (zod messages
 *   are keys written by each area, e.g. `connect.validation.curpShape`; zod's own default messages
 *   become `errors.validation.*`, see `validationKey`). Field keys take no params.
 * - The browser renders `t(message, params)` with the root translator
 *   (`lib/http/browser/error-text.ts`, `components/forms/form-error.tsx`); a `message` that is not a
 *   known key (IMSS's own Spanish words, a reply from an older server) is shown as is.
 * - Params are plain text or numbers. A moment in time travels as an ISO 8601 instant
 *   (`Date#toISOString()`, e.g. `availableAt`) and the browser formats it in the reader's language
 *   and the organization's time zone; the sentence uses a plain `{availableAt}` argument. Text from
 *   IMSS/Belvo travels as a param too, so it is shown verbatim inside the translated sentence.
 * - `error.message` (what logs and stack traces show) is the key itself: English, never personal
 *   data, since params are not part of it.
 */
export const ERROR_CODES = {
  unauthorized: { status: 401 },
  forbidden: { status: 403 },
  not_found: { status: 404 },
  bad_request: { status: 400 },
  conflict: { status: 409 },
  too_large: { status: 413 },
  rate_limited: { status: 429 },
  unavailable: { status: 503 },
  internal: { status: 500 },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

type ErrorMessages = Messages extends { errors: infer E } ? E : Record<string, unknown>;

/** A full key of the `errors` namespace, such as `errors.applicant.notFound`. */
export type ErrorKey = `errors.${MessageKeys<ErrorMessages, NestedKeyOf<ErrorMessages>>}`;

/** The ICU arguments of an error sentence: text or numbers (instants as ISO 8601 text). */
export type ErrorParams = Record<string, string | number>;

/** Extras of the JSON body besides the sentence: field errors (field → full key) and any value. */
export type ErrorDetails = { fields?: Record<string, string> } & Record<string, unknown>;

/** The sentence of a code, used when an AppError names no key of its own. */
export const codeKey = (code: ErrorCode) => `errors.codes.${code}` as const satisfies ErrorKey;

export class AppError extends Error {
  readonly code: ErrorCode;
  /** The full catalog key of the sentence. */
  readonly key: ErrorKey;
  readonly params?: ErrorParams;
  readonly details?: ErrorDetails;

  constructor(code: ErrorCode, key?: ErrorKey, params?: ErrorParams, details?: ErrorDetails) {
    const sentence = key ?? codeKey(code);
    super(sentence);
    this.name = "AppError";
    this.code = code;
    this.key = sentence;
    if (params !== undefined) this.params = params;
    if (details !== undefined) this.details = details;
  }

  get status(): number {
    return ERROR_CODES[this.code].status;
  }
}

/** The body every API error answers with: `{ error: { code, message, params?, fields? } }`. */
export function errorBody(error: AppError) {
  return {
    error: {
      ...error.details,
      code: error.code,
      message: error.key,
      ...(error.params ? { params: error.params } : {}),
    },
  };
}

/** What a zod issue looks like to `validationKey` (the parts it reads). */
type ZodIssueLike = {
  code: string;
  message: string;
  origin?: string;
  format?: string;
  minimum?: unknown;
  input?: unknown;
};

/** A catalog key, as opposed to a sentence: `area.group.key`, no spaces. */
export const looksLikeKey = (text: string) => /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9_]+)+$/.test(text);

/**
 * The message of a zod issue as a catalog key: the key an area wrote in its schema, or, for zod's
 * own (English) default message, the matching `errors.validation.*` key.
 */
export function validationKey(issue: ZodIssueLike): string {
  if (looksLikeKey(issue.message)) return issue.message;
  const sized = issue.origin === "string" ? "text" : issue.origin === "array" ? "list" : "value";
  switch (issue.code) {
    case "invalid_type": {
      // zod reports the input only when asked to; its default sentence names what it received.
      const missing =
        "input" in issue
          ? issue.input === undefined || issue.input === null
          : / received (undefined|null)$/.test(issue.message);
      return missing ? "errors.validation.required" : "errors.validation.invalid";
    }
    case "too_small":
      if (sized === "text")
        return Number(issue.minimum) <= 1
          ? "errors.validation.required"
          : "errors.validation.tooShort";
      return sized === "list" ? "errors.validation.tooFew" : "errors.validation.tooSmall";
    case "too_big":
      if (sized === "text") return "errors.validation.tooLong";
      return sized === "list" ? "errors.validation.tooMany" : "errors.validation.tooBig";
    case "invalid_format":
      return issue.format === "email" ? "errors.validation.email" : "errors.validation.format";
    case "invalid_value":
      return "errors.validation.option";
    default:
      return "errors.validation.invalid";
  }
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
