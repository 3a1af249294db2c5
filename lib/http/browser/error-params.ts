import type { ErrorParams } from "@/lib/errors";

// An ISO 8601 instant as `Date#toISOString()` writes it: how the server sends a moment in a param.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;

/**
 * An error's params ready for its sentence: each instant written with `dateTime` (the reader's
 * language and the organization's time zone); other values as they came.
 */
export function errorValues(params: ErrorParams, dateTime: (iso: string) => string): ErrorParams {
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      typeof value === "string" && ISO_INSTANT.test(value) ? dateTime(value) : value,
    ]),
  );
}
