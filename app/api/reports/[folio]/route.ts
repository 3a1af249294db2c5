import { withUser } from "@/lib/http/server/route";
import { downloadIssuedReport } from "@/lib/report/issued";
import { pdfResponse } from "@/lib/report/response";

// An issued report again, byte for byte (re-rendered from what was stored when it was issued).
export const GET = withUser(async ({ params, user }) => {
  const report = await downloadIssuedReport(user, String(params.folio));
  return pdfResponse(report, { "x-report-folio": report.folio, "x-report-sha256": report.sha256 });
});
