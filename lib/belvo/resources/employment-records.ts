import { z } from "zod";
import type { PageFilters } from "../query";
import type { AsyncRequest, EmploymentRecordSnapshot, Page } from "../types";
import type { CallOptions, ResourceContext } from "./shared";
import { fetchPage, iteratePages } from "../pagination";
import { toQuery } from "../query";
import { asyncAcceptedSchema } from "../schemas/common";
import { employmentRecordSchema } from "../schemas/employment-record";
import { transformEmploymentRecord } from "../transform/employment-record";
import { parseBelvo } from "../validate";
import { asArray, deleteOne, detailPath, getOne, signalOf } from "./shared";

const PATH = "/api/employment-records/";

export interface RetrieveEmploymentRecordsInput {
  linkId: string;
  /** Default true (Belvo keeps the data, answers 201); false answers 200 and stores nothing. */
  saveData?: boolean;
  /** Adds IMSS's "Reporte de Semanas Cotizadas" PDF to `files`. */
  attachPdf?: boolean;
}

export interface EmploymentRecordFilters extends PageFilters {
  link?: string;
  linkIn?: readonly string[];
  id?: string;
  idIn?: readonly string[];
  /** The CURP. Sent to Belvo only; never logged (the client reports paths without queries). */
  internalIdentification?: string;
  internalIdentificationIn?: readonly string[];
  collectedAtGt?: string | Date;
  collectedAtGte?: string | Date;
  collectedAtLt?: string | Date;
  collectedAtLte?: string | Date;
  collectedAtRange?: readonly [string, string];
  createdAtGt?: string | Date;
  createdAtGte?: string | Date;
  createdAtLt?: string | Date;
  createdAtLte?: string | Date;
  createdAtRange?: readonly [string, string];
}

const retrieveBody = (input: RetrieveEmploymentRecordsInput) => ({
  link: input.linkId,
  save_data: input.saveData ?? true,
  attach_pdf: input.attachPdf ?? false,
});

export function employmentRecordsResource(context: ResourceContext) {
  const paged = {
    transport: context.transport,
    path: PATH,
    item: employmentRecordSchema,
    transform: transformEmploymentRecord,
  };
  return {
    /**
     * Makes Belvo query IMSS/ISSSTE now. Sent exactly once, never retried: each call may spend one of
     * the applicant's three IMSS queries of the day.
     */
    retrieve: async (
      input: RetrieveEmploymentRecordsInput,
      options?: CallOptions,
    ): Promise<EmploymentRecordSnapshot[]> => {
      const response = await context.transport.request({
        method: "POST",
        target: PATH,
        body: retrieveBody(input),
        timeoutMs: context.retrievalTimeoutMs,
        ...signalOf(options),
      });
      return parseBelvo(z.array(employmentRecordSchema), asArray(response.body)).map(
        transformEmploymentRecord,
      );
    },
    /** Same, but Belvo answers 202 at once and later sends a webhook carrying this request id. */
    retrieveAsync: async (
      input: RetrieveEmploymentRecordsInput,
      options?: CallOptions,
    ): Promise<AsyncRequest> => {
      const response = await context.transport.request({
        method: "POST",
        target: PATH,
        body: retrieveBody(input),
        // Case-sensitive for Belvo: any other spelling silently becomes a synchronous call.
        headers: { "X-Belvo-Request-Mode": "async" },
        timeoutMs: context.retrievalTimeoutMs,
        ...signalOf(options),
      });
      return { requestId: parseBelvo(asyncAcceptedSchema, response.body).request_id };
    },
    list: (
      filters: EmploymentRecordFilters = {},
      options?: CallOptions,
    ): Promise<Page<EmploymentRecordSnapshot>> =>
      fetchPage(paged, { query: toQuery(filters), ...signalOf(options) }),
    iterate: (
      filters: EmploymentRecordFilters = {},
      options?: CallOptions,
    ): AsyncGenerator<EmploymentRecordSnapshot, void, undefined> =>
      iteratePages(paged, toQuery(filters), options?.signal),
    get: (id: string, options?: CallOptions): Promise<EmploymentRecordSnapshot> =>
      getOne(context, {
        path: detailPath(PATH, id),
        schema: employmentRecordSchema,
        transform: transformEmploymentRecord,
        ...(options ? { options } : {}),
      }),
    /** Belvo allows 5 deletions a minute; the 6th is a `rate_limited` error (not retried). */
    delete: (id: string, options?: CallOptions): Promise<void> =>
      deleteOne(context, detailPath(PATH, id), options),
  };
}
