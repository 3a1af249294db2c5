"use client";

import { useTranslations } from "next-intl";
import { useCallback } from "react";
import { messageText } from "@/components/shell/message-text";
import { useFormat } from "@/components/shell/use-format";
import type { ErrorParams } from "@/lib/errors";
import { errorValues } from "@/lib/http/browser/error-params";

/**
 * Renders a message from the server or a schema: a catalog key with its params (see lib/errors.ts),
 * or text that is not a key (IMSS's own words, an older server), shown as is. Instants in params
 * are written in the reader's language and the organization's time zone.
 */
export function useErrorText(): (message: string, params?: ErrorParams) => string {
  const t = useTranslations();
  const f = useFormat();
  return useCallback(
    (message, params) =>
      messageText(t, message, params ? errorValues(params, f.dateTime) : undefined),
    [t, f],
  );
}

/** A form's failure, announced to screen readers; renders nothing without a message. */
export function FormError({
  message,
  params,
  testId,
}: {
  /** A catalog key (rendered with `params`) or text shown as is. */
  message: string | null;
  params?: ErrorParams;
  testId?: string;
}) {
  const text = useErrorText();
  if (!message) return null;
  return (
    <p
      role="alert"
      className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800"
      data-testid={testId}
    >
      {text(message, params)}
    </p>
  );
}

/** A field's error under its input (`<name>-error`, which the input's aria-describedby names). */
export function FieldError({ name, error }: { name: string; error: string }) {
  const text = useErrorText();
  return (
    <p id={`${name}-error`} className="mt-1 text-xs text-red-700" data-testid={`error-${name}`}>
      {text(error)}
    </p>
  );
}
