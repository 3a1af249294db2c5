import type { RequestContext } from "./context";

function names(value: string | null): string[] | null {
  if (value === null) return null;
  return value
    .split(",")
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
}

/** Belvo's `fields` (keep only these keys) and `omit` (drop these keys) on top-level fields. */
export function shape<T extends object>(ctx: RequestContext, item: T): Partial<T> {
  const fields = names(ctx.query.get("fields"));
  const omit = names(ctx.query.get("omit"));
  const entries = Object.entries(item).filter(
    ([key]) => (fields === null || fields.includes(key)) && (omit === null || !omit.includes(key)),
  );
  return Object.fromEntries(entries) as Partial<T>;
}
