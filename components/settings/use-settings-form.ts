"use client";

import { useState, useTransition, type FormEvent } from "react";
import type { z } from "zod";
import { useErrorText } from "@/components/forms/form-error";
import type { ErrorParams } from "@/lib/errors";
import { UNREACHABLE_MESSAGE } from "@/lib/http/browser/api-fetch";
import {
  SETTINGS_MESSAGE_VALUES,
  settingsFieldErrors,
  type SettingsActionResult,
} from "@/lib/settings/input";

export type SettingsAction = (input: unknown) => Promise<SettingsActionResult>;

type SettingsFormOptions = {
  schema: z.ZodType;
  /** The form's field names, read from its FormData, checked here and sent as text. */
  fields: readonly string[];
  /** The server action: it checks the role and the input again. */
  action: SettingsAction;
  onSuccess?: (message: string) => void;
};

/**
 * A settings form: checks its input in the browser, calls the server action with the form's text,
 * and shows field errors (in the reader's language, with the bounds they name), the form's failure
 * (a key and its params, for <FormError>) or the action's success message.
 */
export function useSettingsForm({ schema, fields, action, onSuccess }: SettingsFormOptions) {
  const text = useErrorText();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<{ message: string; params?: ErrorParams } | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const input = Object.fromEntries(
      fields.map((field) => {
        const value = data.get(field);
        return [field, typeof value === "string" ? value : null];
      }),
    );
    setFailure(null);
    setSuccess(null);
    const parsed = schema.safeParse(input);
    if (!parsed.success) return setErrors(settingsFieldErrors(parsed.error));
    setErrors({});
    startTransition(async () => {
      const result = await action(input).catch((): SettingsActionResult => ({
        ok: false,
        message: UNREACHABLE_MESSAGE,
        fields: {},
      }));
      if (!result.ok) {
        setErrors(result.fields);
        setFailure({ message: result.message, params: result.params });
        return;
      }
      setSuccess(result.message);
      onSuccess?.(result.message);
    });
  }

  const fieldText = Object.fromEntries(
    Object.entries(errors).map(([field, key]) => [field, text(key, SETTINGS_MESSAGE_VALUES)]),
  );
  return { errors: fieldText, failure, success, pending, onSubmit };
}
