import { z } from "zod";
import type { ErrorKey } from "@/lib/errors";

// One rule for text from outside (request bodies, query strings, form fields, webhooks), shared by
// the browser forms and the server. PostgreSQL refuses NUL in text and JSON, and a lone UTF-16
// surrogate (half of a pair, e.g. from a `"\ud800"` JSON escape) is not a character at all: text
// with either never reaches the database or Belvo.

/** NUL, or a high surrogate without its low half, or a low surrogate without its high half. */
const UNSAFE_CHARACTER =
  /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const UNSAFE_CHARACTERS = new RegExp(UNSAFE_CHARACTER.source, "g");

/** The field message of text with a NUL or a lone surrogate. */
export const UNSAFE_TEXT_KEY = "errors.validation.controlCharacters" satisfies ErrorKey;

/** True when the text holds no NUL and no lone surrogate. */
export const isSafeText = (text: string): boolean => !UNSAFE_CHARACTER.test(text);

/** The text with each NUL or lone surrogate replaced by U+FFFD, to name it in a message. */
export const withoutUnsafeCharacters = (text: string): string =>
  text.replace(UNSAFE_CHARACTERS, "\uFFFD");

/**
 * A string that PostgreSQL can store as given: no NUL, no lone surrogate (`UNSAFE_TEXT_KEY`, and
 * no other message for that value), trimmed unless `trim: false`, at most `max` characters
 * (`tooLong`, else `errors.validation.tooLong`). `required` is the message for a missing value or
 * one that is not text. Chain `.min(…)` and the like as on any zod string.
 */
export function safeText({
  max,
  tooLong = "errors.validation.tooLong",
  required,
  trim = true,
}: {
  max: number;
  tooLong?: string;
  required?: string;
  trim?: boolean;
}) {
  const safe = z.string(required).refine(isSafeText, { message: UNSAFE_TEXT_KEY, abort: true });
  return (trim ? safe.trim() : safe).max(max, tooLong);
}
