import type { PageFilters } from "../query";
import type { BelvoInstitution, Page } from "../types";
import type { CallOptions, ResourceContext } from "./shared";
import { fetchPage, iteratePages } from "../pagination";
import { toQuery } from "../query";
import { institutionSchema } from "../schemas/institution";
import { transformInstitution } from "../transform/institution";
import { detailPath, getOne, signalOf } from "./shared";

const PATH = "/api/institutions/";

export interface InstitutionFilters extends PageFilters {
  name?: string;
  nameIn?: readonly string[];
  type?: "bank" | "fiscal" | "employment";
  typeIn?: readonly string[];
  countryCode?: string;
  countryCodeIn?: readonly string[];
  status?: "healthy" | "down";
  statusIn?: readonly string[];
  displayName?: string;
  resourcesAllin?: readonly string[];
}

export function institutionsResource(context: ResourceContext) {
  const paged = {
    transport: context.transport,
    path: PATH,
    item: institutionSchema,
    transform: transformInstitution,
  };
  return {
    list: (
      filters: InstitutionFilters = {},
      options?: CallOptions,
    ): Promise<Page<BelvoInstitution>> =>
      fetchPage(paged, { query: toQuery(filters), ...signalOf(options) }),
    iterate: (
      filters: InstitutionFilters = {},
      options?: CallOptions,
    ): AsyncGenerator<BelvoInstitution, void, undefined> =>
      iteratePages(paged, toQuery(filters), options?.signal),
    /** Belvo's institution ids are integers. */
    get: (id: number, options?: CallOptions): Promise<BelvoInstitution> =>
      getOne(context, {
        path: detailPath(PATH, id),
        schema: institutionSchema,
        transform: transformInstitution,
        ...(options ? { options } : {}),
      }),
  };
}
