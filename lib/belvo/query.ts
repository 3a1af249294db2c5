// Our filters are camelCase (`createdAtGte`, `linkIn`); Belvo's are Django-style (`created_at__gte`,
// `link__in`). One mechanical rule maps them so each resource only lists which filters it accepts.

export type FilterValue =
  string | number | boolean | Date | readonly (string | number)[] | null | undefined;

const LOOKUPS = ["NotIn", "In", "Gte", "Gt", "Lte", "Lt", "Range", "Allin"] as const;

const snake = (text: string) => text.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

export function filterKey(key: string): string {
  const lookup = LOOKUPS.find((suffix) => key.endsWith(suffix) && key.length > suffix.length);
  if (!lookup) return snake(key);
  return `${snake(key.slice(0, -lookup.length))}__${snake(lookup.charAt(0).toLowerCase() + lookup.slice(1))}`;
}

function filterValue(value: Exclude<FilterValue, null | undefined>): string {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.join(",");
  return String(value);
}

export function toQuery(filters: object = {}): URLSearchParams {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filters) as [string, FilterValue][]) {
    if (value === undefined || value === null) continue;
    query.set(filterKey(key), filterValue(value));
  }
  return query;
}

export interface PageFilters {
  page?: number;
  /** Belvo clamps to 1000; its default is 100 (10 in the sandbox). */
  pageSize?: number;
}
