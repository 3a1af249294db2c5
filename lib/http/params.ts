import { z } from "zod";
import { AppError } from "@/lib/errors";

const uuid = z.uuid();

/** Route params arrive as untrusted strings: a malformed id is a 404, never a database error. */
export function applicantIdParam(params: Record<string, string | string[]>): string {
  const parsed = uuid.safeParse(params.id);
  if (!parsed.success)
    throw new AppError("not_found", "This applicant does not exist or was deleted.");
  return parsed.data;
}
