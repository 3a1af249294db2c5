import { sendJson } from "../http/context";
import { errors } from "../http/errors";
import { applyFilters } from "../http/filters";
import { paginate } from "../http/pagination";
import type { Route } from "../http/router";
import { shape } from "../http/shape";
import { INSTITUTIONS } from "../institutions";

export const institutionRoutes: Route[] = [
  {
    method: "GET",
    path: "/api/",
    auth: "basic",
    // The official SDK checks keys with this call and only looks at the status.
    handler: (_emu, ctx) =>
      sendJson(ctx, 200, {
        links: `${ctx.url.origin}/api/links/`,
        institutions: `${ctx.url.origin}/api/institutions/`,
      }),
  },
  {
    method: "GET",
    path: "/api/institutions/",
    auth: "basic",
    handler: (emu, ctx) => {
      let rows = applyFilters(
        ctx,
        INSTITUTIONS,
        ["name", "type", "status", "website", "country_code", "id"],
        [],
      );
      const display = ctx.query.get("display_name");
      if (display)
        rows = rows.filter((row) => row.display_name.toLowerCase().includes(display.toLowerCase()));
      const codes = ctx.query.get("country_code__in")?.split(",");
      if (codes)
        rows = rows.filter((row) => row.country_codes.some((code) => codes.includes(code)));
      const resources = ctx.query.get("resources__allin")?.split(",");
      if (resources)
        rows = rows.filter((row) => resources.every((item) => row.resources.includes(item)));
      sendJson(ctx, 200, paginate(ctx, rows, emu.settings.pageSize));
    },
  },
  {
    method: "GET",
    path: "/api/institutions/:id/",
    auth: "basic",
    handler: (_emu, ctx, params) => {
      const found = INSTITUTIONS.find((item) => String(item.id) === params.id);
      if (!found) throw errors.notFound();
      sendJson(ctx, 200, shape(ctx, found));
    },
  },
];
