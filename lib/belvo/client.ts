import type { BelvoRequestEvent } from "./http";
import type { RetryOptions } from "./retry";
import { createTransport } from "./http";
import { currentEmploymentsResource } from "./resources/current-employments";
import { employmentMetricsResource } from "./resources/employment-metrics";
import { employmentRecordsResource } from "./resources/employment-records";
import { institutionsResource } from "./resources/institutions";
import { linksResource } from "./resources/links";
import { widgetTokenResource } from "./resources/widget-token";
import { resolveRetryPolicy } from "./retry";

export interface BelvoClientConfig {
  /** e.g. `https://sandbox.belvo.com`; no trailing path needed. */
  baseUrl: string;
  secretId: string;
  secretPassword: string;
  /** Per attempt, for reads and quick writes. Default 15 s. */
  timeoutMs?: number;
  /** For POSTs that make Belvo log in to IMSS/ISSSTE (link creation, retrievals). Default 90 s. */
  retrievalTimeoutMs?: number;
  /** Applies to GETs only; see retry.ts. */
  retry?: RetryOptions;
  /** Injectable for tests and instrumentation; defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Called after every attempt, with the path but no query or body (no personal data). */
  onRequest?: (event: BelvoRequestEvent) => void;
}

export function createBelvoClient(config: BelvoClientConfig) {
  const transport = createTransport({
    baseUrl: config.baseUrl,
    secretId: config.secretId,
    secretPassword: config.secretPassword,
    timeoutMs: config.timeoutMs ?? 15_000,
    retry: resolveRetryPolicy(config.retry),
    fetch: config.fetch ?? globalThis.fetch,
    ...(config.onRequest ? { onRequest: config.onRequest } : {}),
  });
  const context = { transport, retrievalTimeoutMs: config.retrievalTimeoutMs ?? 90_000 };
  return {
    institutions: institutionsResource(context),
    links: linksResource(context),
    employmentRecords: employmentRecordsResource(context),
    currentEmployments: currentEmploymentsResource(context),
    employmentMetrics: employmentMetricsResource(context),
    widgetToken: widgetTokenResource(context, {
      secretId: config.secretId,
      secretPassword: config.secretPassword,
    }),
  };
}

export type BelvoClient = ReturnType<typeof createBelvoClient>;
