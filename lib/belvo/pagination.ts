import type { z } from "zod";
import type { Transport } from "./http";
import type { Page } from "./types";
import { pageSchema } from "./schemas/common";
import { parseBelvo } from "./validate";

export interface PagedResource<Raw extends z.ZodType, Out> {
  transport: Transport;
  path: string;
  item: Raw;
  transform: (raw: z.output<Raw>) => Out;
}

export async function fetchPage<Raw extends z.ZodType, Out>(
  resource: PagedResource<Raw, Out>,
  target: { url?: string; query?: URLSearchParams; signal?: AbortSignal },
): Promise<Page<Out>> {
  const response = await resource.transport.request({
    method: "GET",
    target: target.url ?? resource.path,
    ...(target.url ? {} : { query: target.query }),
    ...(target.signal ? { signal: target.signal } : {}),
  });
  const page = parseBelvo(pageSchema(resource.item), response.body);
  return {
    count: page.count,
    next: page.next,
    previous: page.previous,
    results: page.results.map((raw) => resource.transform(raw as z.output<Raw>)),
  };
}

/** Every item across pages, following Belvo's `next` URLs so filters and page size carry over. */
export async function* iteratePages<Raw extends z.ZodType, Out>(
  resource: PagedResource<Raw, Out>,
  query: URLSearchParams,
  signal?: AbortSignal,
): AsyncGenerator<Out, void, undefined> {
  let page = await fetchPage(resource, { query, ...(signal ? { signal } : {}) });
  const seen = new Set<string>();
  for (;;) {
    yield* page.results;
    if (!page.next) return;
    // A server that points back at a page we already read would make this loop forever.
    if (seen.has(page.next)) return;
    seen.add(page.next);
    page = await fetchPage(resource, { url: page.next, ...(signal ? { signal } : {}) });
  }
}
