import { origin } from "./context";
import type { RequestContext } from "./context";
import { errors } from "./errors";
import { shape } from "./shape";

export const MAX_PAGE_SIZE = 1000;

export type Page<T> = {
  count: number;
  next: string | null;
  previous: string | null;
  results: Partial<T>[];
};

function positiveInt(value: string | null): number | null {
  if (value === null || !/^\d+$/.test(value)) return null;
  const parsed = Number(value);
  return parsed >= 1 ? parsed : null;
}

/**
 * Belvo's page object. `next`/`previous` are full URLs keeping every other query parameter, so a
 * client can follow them verbatim (the official SDK does exactly that).
 */
export function paginate<T extends object>(
  ctx: RequestContext,
  items: readonly T[],
  defaultPageSize: number,
): Page<T> {
  const pageSize = Math.min(
    positiveInt(ctx.query.get("page_size")) ?? defaultPageSize,
    MAX_PAGE_SIZE,
  );
  const page = positiveInt(ctx.query.get("page")) ?? 1;
  const pages = Math.max(1, Math.ceil(items.length / pageSize));
  if (ctx.query.has("page") && (positiveInt(ctx.query.get("page")) === null || page > pages))
    throw errors.notFound("Invalid page.");
  const link = (target: number): string => {
    const params = new URLSearchParams(ctx.query);
    if (target === 1) params.delete("page");
    else params.set("page", String(target));
    const search = params.toString();
    return `${origin(ctx)}${ctx.url.pathname}${search ? `?${search}` : ""}`;
  };
  return {
    count: items.length,
    next: page < pages ? link(page + 1) : null,
    previous: page > 1 ? link(page - 1) : null,
    results: items.slice((page - 1) * pageSize, page * pageSize).map((item) => shape(ctx, item)),
  };
}
