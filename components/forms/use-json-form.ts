"use client";

import { useState, type FormEvent } from "react";
import type { z } from "zod";
import type { ErrorParams } from "@/lib/errors";
import { apiFetch, fieldErrors, UNREACHABLE_MESSAGE } from "@/lib/http/browser/api-fetch";

/**
 * The schema, or a function that imports it: a form shown on demand passes
 * `() => import("…").then((m) => m.schema)` so that zod loads when someone sends it, not with the page.
 */
export type SchemaSource<S extends z.ZodType> = S | (() => Promise<S>);

type JsonFormOptions<S extends z.ZodType, T> = {
  schema: SchemaSource<S>;
  /** The form's field names, read from its FormData and checked with `schema` before sending. */
  fields: readonly string[];
  url: string;
  /** What the form says when the server gives no message of its own (a catalog key). */
  fallback: string;
  onSuccess: (data: T, input: z.output<S>) => void;
};

function loadSchema<S extends z.ZodType>(source: SchemaSource<S>): Promise<S | null> {
  if (typeof source !== "function") return Promise.resolve(source);
  return source().catch(() => null);
}

/**
 * A form that checks its input in the browser, POSTs it as JSON and shows field and form errors:
 * `errors` and `failure` are catalog keys (render them with <Field error> and
 * <FormError message={failure} params={failureParams}>).
 */
export function useJsonForm<S extends z.ZodType, T>(options: JsonFormOptions<S, T>) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [failureParams, setFailureParams] = useState<ErrorParams>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Read before anything is awaited: React clears `currentTarget` once the handler returns.
    const data = new FormData(event.currentTarget);
    const schema = await loadSchema(options.schema);
    // The schema's code never arrived: the request would not get through either.
    if (!schema) return setFailure(UNREACHABLE_MESSAGE);
    const parsed = schema.safeParse(
      Object.fromEntries(options.fields.map((field) => [field, data.get(field)])),
    );
    setFailure(null);
    if (!parsed.success) return setErrors(fieldErrors(parsed.error));
    setErrors({});
    setPending(true);
    const result = await apiFetch<T>(options.url, {
      method: "POST",
      body: parsed.data,
      fallback: options.fallback,
    });
    setPending(false);
    if (!result.ok) {
      setErrors(result.fields);
      setFailureParams(result.params);
      return setFailure(result.message);
    }
    options.onSuccess(result.data, parsed.data);
  }

  return { errors, failure, failureParams, pending, onSubmit };
}
