import type { z } from "zod";
import { AppError, validationKey } from "@/lib/errors";

/**
 * Parses a JSON body with a schema; bad input becomes a 400 whose `fields` name each problem with
 * a catalog key (the schema's own, or `errors.validation.*` for zod's default messages).
 */
export async function readJson<T extends z.ZodType>(
  request: Request,
  schema: T,
): Promise<z.output<T>> {
  const body: unknown = await request.json().catch(() => {
    throw new AppError("bad_request", "errors.request.bodyNotJson");
  });
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
