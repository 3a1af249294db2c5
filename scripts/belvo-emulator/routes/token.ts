import { basicAuthOk, validKeys } from "../http/auth";
import { jsonBody, sendJson } from "../http/context";
import { errors } from "../http/errors";
import type { Route } from "../http/router";
import { FETCH_RESOURCES } from "../services/link-input";
import { issueTokens } from "../services/tokens";

function stringOrNull(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value : null;
}

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

export const tokenRoutes: Route[] = [
  {
    method: "POST",
    path: "/api/token/",
    // Belvo takes the secret keys inside the JSON body here; Basic auth is accepted as a fallback.
    auth: "none",
    handler: (emu, ctx) => {
      const body = jsonBody(ctx);
      if (!validKeys(body.id, body.password) && !basicAuthOk(ctx.req.headers.authorization))
        throw errors.unauthorized();
      const scopes = (stringOrNull(body.scopes) ?? "read_institutions,write_links")
        .split(",")
        .map((scope) => scope.trim());
      const resources = Array.isArray(body.fetch_resources)
        ? body.fetch_resources.filter((item): item is string => typeof item === "string")
        : [];
      const unknown = resources.filter(
        (item) => !(FETCH_RESOURCES as readonly string[]).includes(item),
      );
      if (unknown.length > 0)
        throw errors.invalid("fetch_resources", `"${unknown[0]}" is not a valid choice.`);
      const widget = record(body.widget);
      const callbacks = record(widget.callback_urls);
      const branding = record(widget.branding);
      const tokens = issueTokens(
        emu,
        {
          scopes,
          linkId: stringOrNull(body.link_id),
          externalId: stringOrNull(body.external_id),
          fetchResources: resources,
          credentialsStorage: stringOrNull(body.credentials_storage),
          staleIn: stringOrNull(body.stale_in),
          callbackUrls:
            body.widget === undefined
              ? null
              : {
                  success: stringOrNull(callbacks.success) ?? undefined,
                  exit: stringOrNull(callbacks.exit) ?? undefined,
                  event: stringOrNull(callbacks.event) ?? undefined,
                },
          companyName: stringOrNull(branding.company_name),
        },
        ctx.req.headers.host ?? "127.0.0.1",
      );
      // Belvo's newer guides show 200 here; some older ones show 201.
      sendJson(ctx, 200, tokens);
    },
  },
];
