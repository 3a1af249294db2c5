import type { z } from "zod";
import { validationKey, type ErrorParams } from "@/lib/errors";

/**
 * Field name → catalog key, from a failed zod parse: what a form shows beside each input (the
 * schema's own key, or `errors.validation.*` for zod's default messages).
 */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  return Object.fromEntries(
    error.issues.map((issue) => [String(issue.path[0]), validationKey(issue)]),
  );
}

/** The key of the one sentence every screen shows when the request never got an answer. */
export const UNREACHABLE_MESSAGE = "errors.unreachable";

/**
 * A refused request, as the browser shows it: `message` is a catalog key with its `params` (or,
 * from IMSS or an older server, text to show as is), `fields` maps field names to keys. Render
 * them with `useErrorText` / `<FormError>` / `<Field error>` (components/forms/form-error.tsx).
 */
export type ApiFailure = {
  ok: false;
  message: string;
  params: ErrorParams;
  fields: Record<string, string>;
  /** The server's whole `error` object, for the rare extra it carries (e.g. `availableAt`). */
  details: Readonly<Record<string, unknown>>;
};

export type ApiResult<T> = { ok: true; data: T } | ApiFailure;

type ApiInit = {
  /** Defaults to POST when there is a body, GET otherwise. */
  method?: string;
  /** Sent as JSON; leave it out for requests that carry nothing. */
  body?: unknown;
  /**
   * What to show when the server answers with an error but no message of its own: a catalog key
   * (or text already translated).
   */
  fallback: string;
};

// Resolves to null instead of throwing, so that "no answer at all" is a value callers must handle.
function send(url: string, { method, body }: Omit<ApiInit, "fallback">): Promise<Response | null> {
  const json = body !== undefined;
  return fetch(url, {
    method: method ?? (json ? "POST" : "GET"),
    // Our API answers with live data; a cached answer would show a stale state (e.g. polled progress).
    cache: "no-store",
    ...(json
      ? { headers: { "content-type": "application/json" }, body: JSON.stringify(body) }
      : {}),
  }).catch(() => null);
}

/** POSTs JSON and hands back the raw response, for answers that are not one JSON value (NDJSON). */
export function postJson(url: string, body: unknown): Promise<Response | null> {
  return send(url, { method: "POST", body });
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

/**
 * The one way browser code calls our JSON API: its data, or the message and field errors to show
 * from the server's `{ error: { code, message, params, fields } }` answer.
 */
export async function apiFetch<T>(url: string, init: ApiInit): Promise<ApiResult<T>> {
  const response = await send(url, init);
  if (!response)
    return { ok: false, message: UNREACHABLE_MESSAGE, params: {}, fields: {}, details: {} };
  const body: unknown = await response.json().catch(() => null);
  // Our routes always answer with JSON, so a success without a readable body is a failure too.
  if (response.ok && body !== null) return { ok: true, data: body as T };
  return apiError(body, init.fallback);
}

/** The failure a refused request reports, for callers of `postJson` that read the body otherwise. */
export async function readApiError(response: Response, fallback: string): Promise<ApiFailure> {
  return apiError(await response.json().catch(() => null), fallback);
}

function apiError(body: unknown, fallback: string): ApiFailure {
  const error = isRecord(body) && isRecord(body.error) ? body.error : {};
  const hasMessage = typeof error.message === "string" && error.message !== "";
  return {
    ok: false,
    message: hasMessage ? (error.message as string) : fallback,
    params: hasMessage ? paramsOf(error.params) : {},
    fields: Object.fromEntries(
      Object.entries(isRecord(error.fields) ? error.fields : {}).filter(
        (entry): entry is [string, string] => typeof entry[1] === "string",
      ),
    ),
    details: error,
  };
}

/** The text and number entries of the server's `params`; anything else is dropped. */
function paramsOf(value: unknown): ErrorParams {
  if (!isRecord(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter(
      (entry): entry is [string, string | number] =>
        typeof entry[1] === "string" || typeof entry[1] === "number",
    ),
  );
}
