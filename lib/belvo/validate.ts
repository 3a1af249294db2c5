import type { z } from "zod";
import { BelvoError } from "./errors";

type PathKey = PropertyKey;

/** `employment_records[0].start_date`: the same path a person would read in Belvo's docs. */
export function formatPath(path: readonly PathKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === "number") return `${acc}[${key}]`;
    const name = String(key);
    return acc === "" ? name : `${acc}.${name}`;
  }, "");
}

function valueAt(root: unknown, path: readonly PathKey[]): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key as string];
  }
  return current;
}

/**
 * Validates a Belvo payload at the boundary. The error names the field but never echoes its value:
 * values here are an applicant's personal data.
 */
export function parseBelvo<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path ?? [];
  const where = formatPath(path);
  const missing = path.length > 0 && valueAt(raw, path) === undefined;
  const expected =
    issue && "expected" in issue && typeof issue.expected === "string"
      ? ` (expected ${issue.expected})`
      : "";
  const message =
    path.length === 0
      ? `Belvo response body is invalid${expected}`
      : missing
        ? `Belvo response is missing ${where}`
        : `Belvo response has an invalid ${where}${expected}`;
  throw new BelvoError({
    code: "unexpected",
    message,
    ...(path.length > 0 ? { field: where } : {}),
  });
}
