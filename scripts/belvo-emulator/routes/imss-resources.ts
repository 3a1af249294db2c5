import { jsonBody, sendJson } from "../http/context";
import { errors } from "../http/errors";
import type { Route } from "../http/router";
import { shape } from "../http/shape";
import { extractionDelay } from "../services/extraction";
import { peekInstitution, queryInstitution } from "../services/institution-query";
import { buildCurrentEmployment, buildMetric, touchLink } from "../services/resources";
import { linkForRetrieval, optionalBoolean } from "./link-lookup";
import { crudRoutes } from "./resource-crud";

const imssOnly = (institution: string): boolean => institution === "imss_mx_employment";

export const imssResourceRoutes: Route[] = [
  {
    method: "POST",
    path: "/api/mx/current-employments/",
    auth: "basic",
    // A fresh query to IMSS, so it spends one of the CURP's daily queries.
    handler: async (emu, ctx) => {
      const body = jsonBody(ctx);
      const link = linkForRetrieval(emu, body.link, imssOnly);
      const saveData = optionalBoolean(body, "save_data", true);
      const answer = queryInstitution(emu, link.body.institution, link.curp);
      emu.save();
      const failure = await extractionDelay(emu, link.curp);
      if (failure) throw failure;
      const item = buildCurrentEmployment(emu, link, answer);
      touchLink(emu, link);
      if (saveData) emu.state.currentEmployments[item.id] = item;
      emu.save();
      sendJson(ctx, saveData ? 201 : 200, [shape(ctx, item)]);
    },
  },
  ...crudRoutes({
    base: "/api/mx/current-employments/",
    table: (emu) => emu.state.currentEmployments,
    exact: ["id", "link"],
    times: ["created_at", "collected_at"],
    limitDeletes: false,
  }),
  {
    method: "POST",
    path: "/api/employment-metrics/",
    auth: "basic",
    // Computed from the history Belvo already extracted: no new IMSS query is spent.
    handler: (emu, ctx) => {
      const body = jsonBody(ctx);
      const link = linkForRetrieval(emu, body.link, imssOnly);
      const saveData = optionalBoolean(body, "save_data", true);
      const reference = body.reference_date;
      if (
        reference !== undefined &&
        reference !== null &&
        (typeof reference !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(reference))
      ) {
        throw errors.invalid(
          "reference_date",
          "Date has wrong format. Use one of these formats instead: YYYY-MM-DD.",
        );
      }
      const referenceDate = typeof reference === "string" ? reference : null;
      const answer = peekInstitution(
        emu,
        link.body.institution,
        link.curp,
        referenceDate ?? emu.today(),
      );
      const item = buildMetric(emu, link, answer, referenceDate);
      if (saveData) emu.state.metrics[item.id] = item;
      emu.save();
      sendJson(ctx, saveData ? 201 : 200, [shape(ctx, item)]);
    },
  },
  ...crudRoutes({
    base: "/api/employment-metrics/",
    table: (emu) => emu.state.metrics,
    exact: ["id", "link"],
    times: ["created_at", "collected_at"],
    limitDeletes: false,
  }),
];
