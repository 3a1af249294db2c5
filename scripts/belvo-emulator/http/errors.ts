import { randomBytes, randomUUID } from "node:crypto";

/** `extra` carries the additional members of special bodies (the 428 MFA answer). */
export type ErrorItem = {
  code: string;
  message: string;
  field?: string;
  extra?: Record<string, unknown>;
};

/** A Belvo error answer: always serialized as an array of `{code, message, request_id, field?}`. */
export class BelvoHttpError extends Error {
  constructor(
    readonly status: number,
    readonly items: ErrorItem[],
    readonly headers: Record<string, string> = {},
  ) {
    super(items.map((item) => `${item.code}: ${item.message}`).join("; "));
  }
}

/** Belvo's request ids are 32 lowercase hex characters. */
export function newRequestId(): string {
  return randomBytes(16).toString("hex");
}

export function errorBody(error: BelvoHttpError, requestId: string): Record<string, unknown>[] {
  return error.items.map((item) => ({
    code: item.code,
    message: item.message,
    request_id: requestId,
    ...(item.field === undefined ? {} : { field: item.field }),
    ...item.extra,
  }));
}

const fail = (status: number, code: string, message: string, field?: string): BelvoHttpError =>
  new BelvoHttpError(status, [{ code, message, ...(field === undefined ? {} : { field }) }]);

export const errors = {
  unauthorized: () => fail(401, "authentication_failed", "Invalid Secret Keys"),
  notFound: (message = "Not found") => fail(404, "not_found", message),
  methodNotAllowed: (method: string) =>
    fail(405, "method_not_allowed", `Method "${method}" not allowed.`),
  required: (field: string) => fail(400, "required", "This field is required.", field),
  invalid: (field: string, message: string) => fail(400, "invalid", message, field),
  parse: (message: string) => fail(400, "parse_error", `JSON parse error - ${message}`),
  timeout: () =>
    fail(
      408,
      "request_timeout",
      "The request timed out, you can retry asking for less data by changing your query parameters",
    ),
  unexpected: () =>
    fail(
      500,
      "unexpected_error",
      "Belvo is unable to process the request due to an internal system issue or to an unsupported response from an institution",
    ),
  institutionDown: () =>
    fail(400, "institution_down", "The financial institution is down, try again later"),
  institutionUnavailable: () =>
    fail(400, "institution_unavailable", "The financial institution is unavailable"),
  unsupported: () =>
    fail(
      400,
      "unsupported_operation",
      "The resource you are trying to access is not supported by this institution",
    ),
  invalidLink: () =>
    fail(
      400,
      "invalid_link",
      "The link has been invalidated. You may need to update link credentials",
    ),
  loginError: (message: string) => fail(400, "login_error", message),
  invalidCredentials: (message: string) => fail(400, "invalid_credentials", message),
  dailyLimit: () =>
    fail(403, "forbidden_by_host", "Has agotado el número de solicitudes permitidas por día."),
  sessionExpired: () =>
    fail(
      400,
      "session_expired",
      "The session you are trying to resume has expired, please start again from register/retrieve endpoint",
    ),
  tokenRequired: (link: string | null) =>
    new BelvoHttpError(428, [
      {
        code: "token_required",
        message: "A MFA token is required by the institution to login",
        extra: {
          session: randomBytes(16).toString("hex"),
          expiry: 9600,
          link: link ?? randomUUID(),
          token_generation_data: {
            instructions: "Ingresa el código que te enviamos",
            type: "numeric",
            value: "",
            expects_user_input: true,
          },
        },
      },
    ]),
  throttled: (seconds: number) =>
    new BelvoHttpError(
      429,
      [
        {
          code: "throttled",
          message: `Request was throttled. Expected available in ${seconds} seconds.`,
        },
      ],
      {
        "Retry-After": String(seconds),
      },
    ),
};
