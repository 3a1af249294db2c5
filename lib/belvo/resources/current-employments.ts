import { z } from "zod";
import type { PageFilters } from "../query";
import type { CurrentEmploymentSnapshot, Page } from "../types";
import type { CallOptions, ResourceContext } from "./shared";
import { fetchPage, iteratePages } from "../pagination";
import { toQuery } from "../query";
import { currentEmploymentSchema } from "../schemas/current-employment";
import { transformCurrentEmployment } from "../transform/current-employment";
import { parseBelvo } from "../validate";
import { asArray, deleteOne, detailPath, getOne, signalOf } from "./shared";

const PATH = "/api/mx/current-employments/";

export interface RetrieveCurrentEmploymentsInput {
  linkId: string;
  saveData?: boolean;
}

export interface CurrentEmploymentFilters extends PageFilters {
  link?: string;
  id?: string;
}

export function currentEmploymentsResource(context: ResourceContext) {
  const paged = {
    transport: context.transport,
    path: PATH,
    item: currentEmploymentSchema,
    transform: transformCurrentEmployment,
  };
  return {
    /** IMSS only. Never retried: it makes Belvo query IMSS for the applicant. */
    retrieve: async (
      input: RetrieveCurrentEmploymentsInput,
      options?: CallOptions,
    ): Promise<CurrentEmploymentSnapshot[]> => {
      const response = await context.transport.request({
        method: "POST",
        target: PATH,
        body: { link: input.linkId, save_data: input.saveData ?? true },
        timeoutMs: context.retrievalTimeoutMs,
        ...signalOf(options),
      });
      return parseBelvo(z.array(currentEmploymentSchema), asArray(response.body)).map(
        transformCurrentEmployment,
      );
    },
    list: (
      filters: CurrentEmploymentFilters = {},
      options?: CallOptions,
    ): Promise<Page<CurrentEmploymentSnapshot>> =>
      fetchPage(paged, { query: toQuery(filters), ...signalOf(options) }),
    iterate: (
      filters: CurrentEmploymentFilters = {},
      options?: CallOptions,
    ): AsyncGenerator<CurrentEmploymentSnapshot, void, undefined> =>
      iteratePages(paged, toQuery(filters), options?.signal),
    get: (id: string, options?: CallOptions): Promise<CurrentEmploymentSnapshot> =>
      getOne(context, {
        path: detailPath(PATH, id),
        schema: currentEmploymentSchema,
        transform: transformCurrentEmployment,
        ...(options ? { options } : {}),
      }),
    delete: (id: string, options?: CallOptions): Promise<void> =>
      deleteOne(context, detailPath(PATH, id), options),
  };
}
