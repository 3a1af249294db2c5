import { z } from "zod";
import type { PageFilters } from "../query";
import type { EmploymentMetrics, Page } from "../types";
import type { CallOptions, ResourceContext } from "./shared";
import { fetchPage, iteratePages } from "../pagination";
import { toQuery } from "../query";
import { employmentMetricSchema } from "../schemas/employment-metric";
import { transformEmploymentMetric } from "../transform/employment-metric";
import { parseBelvo } from "../validate";
import { asArray, deleteOne, detailPath, getOne, signalOf } from "./shared";

const PATH = "/api/employment-metrics/";

export interface RetrieveEmploymentMetricsInput {
  linkId: string;
  /** `YYYY-MM-DD`; Belvo computes the metrics as of this date. */
  referenceDate?: string;
  saveData?: boolean;
}

export interface EmploymentMetricFilters extends PageFilters {
  link?: string;
  linkIn?: readonly string[];
}

export function employmentMetricsResource(context: ResourceContext) {
  const paged = {
    transport: context.transport,
    path: PATH,
    item: employmentMetricSchema,
    transform: transformEmploymentMetric,
  };
  return {
    /** IMSS only. Never retried, like every POST that reaches the institution. */
    retrieve: async (
      input: RetrieveEmploymentMetricsInput,
      options?: CallOptions,
    ): Promise<EmploymentMetrics[]> => {
      const response = await context.transport.request({
        method: "POST",
        target: PATH,
        body: {
          link: input.linkId,
          save_data: input.saveData ?? true,
          ...(input.referenceDate ? { reference_date: input.referenceDate } : {}),
        },
        timeoutMs: context.retrievalTimeoutMs,
        ...signalOf(options),
      });
      return parseBelvo(z.array(employmentMetricSchema), asArray(response.body)).map(
        transformEmploymentMetric,
      );
    },
    list: (
      filters: EmploymentMetricFilters = {},
      options?: CallOptions,
    ): Promise<Page<EmploymentMetrics>> =>
      fetchPage(paged, { query: toQuery(filters), ...signalOf(options) }),
    iterate: (
      filters: EmploymentMetricFilters = {},
      options?: CallOptions,
    ): AsyncGenerator<EmploymentMetrics, void, undefined> =>
      iteratePages(paged, toQuery(filters), options?.signal),
    get: (id: string, options?: CallOptions): Promise<EmploymentMetrics> =>
      getOne(context, {
        path: detailPath(PATH, id),
        schema: employmentMetricSchema,
        transform: transformEmploymentMetric,
        ...(options ? { options } : {}),
      }),
    delete: (id: string, options?: CallOptions): Promise<void> =>
      deleteOne(context, detailPath(PATH, id), options),
  };
}
