import type { z } from "zod";
import type { Transport } from "../http";
import { parseBelvo } from "../validate";

export interface ResourceContext {
  transport: Transport;
  /** For POSTs that make Belvo log in to the institution, which can take tens of seconds. */
  retrievalTimeoutMs: number;
}

export interface CallOptions {
  signal?: AbortSignal;
}

export const detailPath = (collection: string, id: string | number) =>
  `${collection}${encodeURIComponent(String(id))}/`;

export const signalOf = (options?: CallOptions) =>
  options?.signal ? { signal: options.signal } : {};

export async function getOne<S extends z.ZodType, Out>(
  context: ResourceContext,
  input: { path: string; schema: S; transform: (raw: z.output<S>) => Out; options?: CallOptions },
): Promise<Out> {
  const response = await context.transport.request({
    method: "GET",
    target: input.path,
    ...signalOf(input.options),
  });
  return input.transform(parseBelvo(input.schema, response.body));
}

export async function deleteOne(
  context: ResourceContext,
  path: string,
  options?: CallOptions,
): Promise<void> {
  await context.transport.request({ method: "DELETE", target: path, ...signalOf(options) });
}

/** Retrieval answers with an array; a lone object carries the same data, so it is read as one. */
export function asArray(body: unknown): unknown {
  return body !== null && typeof body === "object" && !Array.isArray(body) ? [body] : body;
}
