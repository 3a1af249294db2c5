"use client";

import { useState, type FormEvent } from "react";
import type { z } from "zod";
import type { ErrorParams } from "@/lib/errors";
import { apiFetch, fieldErrors } from "@/lib/http/browser/api-fetch";

type JsonFormOptions<S extends z.ZodType, T> = {
  schema: S;
  /** The form's field names, read from its FormData and checked with `schema` before sending. */
  fields: readonly string[];
  url: string;
  /** What the form says when the server gives no message of its own (a catalog key). */
  fallback: string;
  onSuccess: (data: T, input: z.output<S>) => void;
};

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
    const data = new FormData(event.currentTarget);
    const parsed = options.schema.safeParse(
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
