import type { z } from "zod";
import { AppError } from "@/lib/errors";

/** Parses a JSON body with a schema; bad input becomes a 400 that names each problem. */
export async function readJson<T extends z.ZodType>(
  request: Request,
  schema: T,
): Promise<z.output<T>> {
  const body: unknown = await request.json().catch(() => {
    throw new AppError("bad_request", "The request body must be JSON.");
  });
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const fields = Object.fromEntries(
      parsed.error.issues.map((issue) => [issue.path.join("."), issue.message]),
    );
    throw new AppError("bad_request", "Some fields need attention.", { fields });
  }
  return parsed.data;
}
