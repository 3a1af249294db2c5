import type { BelvoLink, Page } from "../types";
import type {
  CreateLinkInput,
  LinkFilters,
  UpdateCredentialsInput,
  UpdateLinkInput,
} from "./link-inputs";
import type { CallOptions, ResourceContext } from "./shared";
import { fetchPage, iteratePages } from "../pagination";
import { toQuery } from "../query";
import { linkSchema } from "../schemas/link";
import { transformLink } from "../transform/link";
import { parseBelvo } from "../validate";
import { deleteOne, detailPath, getOne, signalOf } from "./shared";

const PATH = "/api/links/";

export type { CreateLinkInput, LinkFilters, UpdateCredentialsInput, UpdateLinkInput };

/** Drops undefined entries so Belvo applies its own defaults instead of reading `null`. */
function compact(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined));
}

export function linksResource(context: ResourceContext) {
  const paged = {
    transport: context.transport,
    path: PATH,
    item: linkSchema,
    transform: transformLink,
  };
  const send = async (
    method: "POST" | "PUT" | "PATCH",
    target: string,
    body: object,
    options?: CallOptions,
  ) => {
    // Creating a link or new credentials makes Belvo log in to IMSS: that gets the retrieval timeout.
    const response = await context.transport.request({
      method,
      target,
      body,
      ...(method === "PATCH" ? {} : { timeoutMs: context.retrievalTimeoutMs }),
      ...signalOf(options),
    });
    return transformLink(parseBelvo(linkSchema, response.body));
  };

  return {
    create: (input: CreateLinkInput, options?: CallOptions): Promise<BelvoLink> =>
      send(
        "POST",
        PATH,
        compact({
          institution: input.institution,
          username: input.curp,
          username2: input.email,
          password: input.password,
          access_mode: input.accessMode,
          fetch_resources: input.fetchResources,
          external_id: input.externalId,
          credentials_storage: input.credentialsStorage,
          stale_in: input.staleIn,
        }),
        options,
      ),
    list: (filters: LinkFilters = {}, options?: CallOptions): Promise<Page<BelvoLink>> =>
      fetchPage(paged, { query: toQuery(filters), ...signalOf(options) }),
    iterate: (
      filters: LinkFilters = {},
      options?: CallOptions,
    ): AsyncGenerator<BelvoLink, void, undefined> =>
      iteratePages(paged, toQuery(filters), options?.signal),
    get: (id: string, options?: CallOptions): Promise<BelvoLink> =>
      getOne(context, {
        path: detailPath(PATH, id),
        schema: linkSchema,
        transform: transformLink,
        ...(options ? { options } : {}),
      }),
    /** PATCH: switch access mode and/or fetch resources. Single → recurrent is billed by Belvo. */
    update: (id: string, input: UpdateLinkInput, options?: CallOptions): Promise<BelvoLink> =>
      send(
        "PATCH",
        detailPath(PATH, id),
        compact({ access_mode: input.accessMode, fetch_resources: input.fetchResources }),
        options,
      ),
    /** PUT: new credentials for an invalid link; Belvo refreshes a recurrent link after it. */
    updateCredentials: (
      id: string,
      input: UpdateCredentialsInput,
      options?: CallOptions,
    ): Promise<BelvoLink> =>
      send(
        "PUT",
        detailPath(PATH, id),
        compact({
          password: input.password,
          password2: input.password2,
          token: input.token,
          username_type: input.usernameType,
        }),
        options,
      ),
    /** Also deletes every record Belvo holds for the link. */
    delete: (id: string, options?: CallOptions): Promise<void> =>
      deleteOne(context, detailPath(PATH, id), options),
  };
}
