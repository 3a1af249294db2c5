import type { z } from "zod";

/** Field name → message, from a failed zod parse: what a form shows beside each input. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  return Object.fromEntries(error.issues.map((issue) => [String(issue.path[0]), issue.message]));
}

/** POSTs JSON from the browser; resolves to null when the server cannot be reached at all. */
export function postJson(url: string, body: unknown): Promise<Response | null> {
  return fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  }).catch(() => null);
}

export type ApiResult<T> =
  { ok: true; data: T } | { ok: false; message: string; fields: Record<string, string> };

/** Reads our API's answer in the browser: its data, or the message and field errors to show. */
export async function readApiResult<T>(
  response: Response | null,
  fallback: string,
): Promise<ApiResult<T>> {
  if (!response)
    return {
      ok: false,
      message: "Cotiza could not be reached. Check your connection and try again.",
      fields: {},
    };
  const body: unknown = await response.json().catch(() => null);
  if (response.ok && body !== null) return { ok: true, data: body as T };
  const error = (body as { error?: { message?: unknown; fields?: unknown } } | null)?.error;
  const fields =
    error?.fields && typeof error.fields === "object"
      ? (error.fields as Record<string, string>)
      : {};
  return {
    ok: false,
    message: typeof error?.message === "string" ? error.message : fallback,
    fields,
  };
}
