import { jsonBody, sendJson } from "../http/context";
import type { Route } from "../http/router";
import { shape } from "../http/shape";
import { extractionDelay } from "../services/extraction";
import { queryInstitution } from "../services/institution-query";
import { buildRecord, touchLink } from "../services/resources";
import { sendHistoricalUpdate } from "../services/webhooks";
import { linkForRetrieval, optionalBoolean } from "./link-lookup";
import { crudRoutes } from "./resource-crud";

/** Belvo switches to async only for this exact, case-sensitive header value. */
const ASYNC = "async";

export const employmentRecordRoutes: Route[] = [
  {
    method: "POST",
    path: "/api/employment-records/",
    auth: "basic",
    handler: async (emu, ctx) => {
      const body = jsonBody(ctx);
      const link = linkForRetrieval(emu, body.link, () => true);
      const saveData = optionalBoolean(body, "save_data", true);
      const attachPdf = optionalBoolean(body, "attach_pdf", false);
      const answer = queryInstitution(emu, link.body.institution, link.curp);
      emu.save();
      if (ctx.req.headers["x-belvo-request-mode"] === ASYNC) {
        sendJson(ctx, 202, { request_id: ctx.requestId });
        emu.background(`async retrieval ${ctx.requestId}`, async () => {
          const failure = await extractionDelay(emu, link.curp);
          if (failure) {
            emu.settings.log(
              `async retrieval ${ctx.requestId} ended in ${failure.message}; Belvo's error webhook for this case is undocumented, none sent`,
            );
            return;
          }
          const record = buildRecord(emu, link, answer, attachPdf);
          emu.state.records[record.id] = record;
          touchLink(emu, link);
          emu.save();
          sendHistoricalUpdate(emu, link, "EMPLOYMENT_RECORDS", ctx.requestId, {
            total_employment_record_profiles: 1,
          });
        });
        return;
      }
      const failure = await extractionDelay(emu, link.curp);
      if (failure) throw failure;
      const record = buildRecord(emu, link, answer, attachPdf);
      touchLink(emu, link);
      if (saveData) emu.state.records[record.id] = record;
      emu.save();
      sendJson(ctx, saveData ? 201 : 200, [shape(ctx, record)]);
    },
  },
  ...crudRoutes({
    base: "/api/employment-records/",
    table: (emu) => emu.state.records,
    exact: ["id", "link", "internal_identification"],
    times: ["created_at", "collected_at"],
    limitDeletes: true,
  }),
];
