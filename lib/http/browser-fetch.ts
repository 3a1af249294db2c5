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
