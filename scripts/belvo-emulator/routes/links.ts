import { jsonBody, sendEmpty, sendJson } from "../http/context";
import { BelvoHttpError, errors } from "../http/errors";
import { applyFilters } from "../http/filters";
import { paginate } from "../http/pagination";
import type { Route } from "../http/router";
import { shape } from "../http/shape";
import { parseLinkInput } from "../services/link-input";
import { createLink } from "../services/links";
import { refreshLink } from "../services/refresh";
import { linkById } from "./link-lookup";

const LINK_FILTERS = [
  "id",
  "institution",
  "access_mode",
  "external_id",
  "institution_user_id",
  "refresh_rate",
  "status",
  "created_by",
];

export const linkRoutes: Route[] = [
  {
    method: "POST",
    path: "/api/links/",
    auth: "basic",
    handler: (emu, ctx) => {
      const link = createLink(emu, parseLinkInput(jsonBody(ctx)));
      sendJson(ctx, 201, shape(ctx, link.body));
    },
  },
  {
    method: "PATCH",
    path: "/api/links/",
    auth: "basic",
    // MFA resume. No employment institution asks for a token, so no session can still be open.
    handler: (_emu, ctx) => {
      const body = jsonBody(ctx);
      if (!body.session) throw errors.required("session");
      if (!body.link) throw errors.required("link");
      throw errors.sessionExpired();
    },
  },
  {
    method: "GET",
    path: "/api/links/",
    auth: "basic",
    handler: (emu, ctx) => {
      const links = Object.values(emu.state.links)
        .map((link) => link.body)
        .reverse();
      let rows = applyFilters(ctx, links, LINK_FILTERS, ["created_at"]);
      const notIn = ctx.query.get("created_by__not_in")?.split(",");
      if (notIn) rows = rows.filter((row) => !notIn.includes(row.created_by));
      sendJson(ctx, 200, paginate(ctx, rows, emu.settings.pageSize));
    },
  },
  {
    method: "GET",
    path: "/api/links/:id/",
    auth: "basic",
    handler: (emu, ctx, params) => sendJson(ctx, 200, shape(ctx, linkById(emu, params.id).body)),
  },
  {
    method: "PUT",
    path: "/api/links/:id/",
    auth: "basic",
    // Employment links log in with the CURP alone, so new credentials just revalidate the link.
    handler: (emu, ctx, params) => {
      const link = linkById(emu, params.id);
      jsonBody(ctx);
      link.body.status = "valid";
      link.credentialsRenewedAt = emu.nowIso();
      emu.save();
      if (link.body.access_mode === "recurrent")
        emu.background(`refresh ${link.body.id}`, async () => refreshLink(emu, link));
      sendJson(ctx, 200, shape(ctx, link.body));
    },
  },
  {
    method: "PATCH",
    path: "/api/links/:id/",
    auth: "basic",
    handler: (emu, ctx, params) => {
      const link = linkById(emu, params.id);
      const body = jsonBody(ctx);
      const mode = body.access_mode;
      if (mode === undefined && body.fetch_resources === undefined)
        throw errors.required("access_mode");
      if (mode !== undefined && mode !== "single" && mode !== "recurrent") {
        throw new BelvoHttpError(400, [
          {
            code: "invalid_choice",
            message: `"${String(mode)}" is not a valid choice.`,
            field: "access_mode",
          },
        ]);
      }
      if (mode === "recurrent" && link.body.credentials_storage === "nostore") {
        throw new BelvoHttpError(400, [
          {
            code: "invalid_access_mode_switch",
            message:
              "This link doesn't have stored credentials hence it can't be switched to recurrent mode",
          },
        ]);
      }
      if (body.fetch_resources !== undefined) {
        link.body.fetch_resources = parseLinkInput({
          institution: link.body.institution,
          username: link.curp,
          fetch_resources: body.fetch_resources,
          access_mode: "single",
        }).fetchResources;
      }
      if (mode === "recurrent")
        Object.assign(link.body, {
          access_mode: "recurrent",
          refresh_rate: "7d",
          credentials_storage: "store",
        });
      if (mode === "single")
        Object.assign(link.body, { access_mode: "single", refresh_rate: null });
      emu.save();
      sendJson(ctx, 200, shape(ctx, link.body));
    },
  },
  {
    method: "DELETE",
    path: "/api/links/:id/",
    auth: "basic",
    // Deleting a link deletes all of its data.
    handler: (emu, ctx, params) => {
      const link = linkById(emu, params.id);
      delete emu.state.links[link.body.id];
      for (const table of [emu.state.records, emu.state.currentEmployments, emu.state.metrics]) {
        for (const [id, item] of Object.entries(table))
          if (item.link === link.body.id) delete table[id];
      }
      emu.save();
      sendEmpty(ctx, 204);
    },
  },
];
