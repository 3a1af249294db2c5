import type { RequestContext } from "./context";
import { errors } from "./errors";

type Row = Record<string, unknown>;

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

function text(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return null;
}

/**
 * Compares a stored timestamp with a filter bound. A date-only bound compares calendar days
 * (`created_at__lte=2024-05-04` includes that whole day); a full ISO bound compares instants.
 */
function compareTime(stored: string, bound: string, field: string): number {
  if (DATE_ONLY.test(bound)) {
    const day = stored.slice(0, 10);
    return day < bound ? -1 : day > bound ? 1 : 0;
  }
  const boundMs = Date.parse(bound);
  if (Number.isNaN(boundMs)) throw errors.invalid(field, "Enter a valid date/time.");
  const storedMs = Date.parse(stored);
  return storedMs < boundMs ? -1 : storedMs > boundMs ? 1 : 0;
}

function matchesTime(stored: unknown, op: string, value: string, field: string): boolean {
  const time = text(stored);
  if (time === null) return false;
  if (op === "range") {
    const [from, to] = value.split(",");
    if (!from || !to) throw errors.invalid(field, "Range must be two comma-separated dates.");
    return compareTime(time, from, field) >= 0 && compareTime(time, to, field) <= 0;
  }
  const cmp = compareTime(time, value, field);
  if (op === "gt") return cmp > 0;
  if (op === "gte") return cmp >= 0;
  if (op === "lt") return cmp < 0;
  if (op === "lte") return cmp <= 0;
  return cmp === 0;
}

/**
 * Applies Belvo's list filters: `field`, `field__in` for the exact-match fields, and
 * `field`, `__gt/__gte/__lt/__lte/__range` for the time fields. Unknown parameters are ignored,
 * as Django filters do.
 */
export function applyFilters<T extends object>(
  ctx: RequestContext,
  items: readonly T[],
  exact: readonly string[],
  times: readonly string[],
): T[] {
  let rows = items as readonly T[];
  for (const [param, value] of ctx.query) {
    const [field = "", op = ""] = param.split("__");
    if (exact.includes(field) && (op === "" || op === "in")) {
      const allowed = op === "in" ? value.split(",").map((entry) => entry.trim()) : [value];
      rows = rows.filter((row) => allowed.includes(text((row as Row)[field]) ?? "\u0000"));
    } else if (times.includes(field) && ["", "gt", "gte", "lt", "lte", "range"].includes(op)) {
      rows = rows.filter((row) => matchesTime((row as Row)[field], op, value, param));
    }
  }
  return [...rows];
}
