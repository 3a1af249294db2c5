import type { z } from "zod";
import { AppError, validationKey } from "@/lib/errors";
import { UNSAFE_TEXT_KEY } from "@/lib/http/text";
import { jsonDepthExceeds, unsafeTextPath } from "./json-guard";
import { readBodyText } from "./read-body";

/** Far more than any form or list Cotiza sends (a 2,000-character note, 500 ids). */
export const MAX_JSON_BODY_BYTES = 1024 * 1024;

/**
 * Parses a JSON body with a schema; bad input becomes a 400 whose `fields` name each problem with
 * a catalog key (the schema's own, or `errors.validation.*` for zod's default messages).
 *
 * Whatever the schema, before it runs: a body over `MAX_JSON_BODY_BYTES` is a 413, one nested too
 * deep a 400, and a NUL or a lone surrogate in any key or string a 400 naming that field
 * (`errors.validation.controlCharacters`), so such text never reaches the database or Belvo.
 */
export async function readJson<T extends z.ZodType>(
  request: Request,
  schema: T,
): Promise<z.output<T>> {
  const text = await readBodyText(request, { maxBytes: MAX_JSON_BODY_BYTES });
  if (jsonDepthExceeds(text)) throw new AppError("bad_request", "errors.validation.tooDeep");
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "errors.request.bodyNotJson");
  }
  const unsafe = unsafeTextPath(body);
  if (unsafe !== null) {
    throw new AppError("bad_request", "errors.request.fieldsNeedAttention", undefined, {
      fields: { [unsafe]: UNSAFE_TEXT_KEY },
    });
  }
  // Only issues without a message of the schema's own reach this hook (zod's precedence).
  const parsed = schema.safeParse(body, {
    error: (issue) => validationKey({ ...issue, message: "" }),
  });
  if (!parsed.success) {
    const fields = Object.fromEntries(
      parsed.error.issues.map((issue) => [issue.path.join("."), validationKey(issue)]),
    );
    throw new AppError("bad_request", "errors.request.fieldsNeedAttention", undefined, { fields });
  }
  return parsed.data;
}
