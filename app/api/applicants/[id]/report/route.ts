import { getLocale } from "next-intl/server";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { applicantIdParam } from "@/lib/http/server/params";
import { withUser } from "@/lib/http/server/route";
import { issueReport } from "@/lib/report/issue";
import { pdfResponse } from "@/lib/report/response";

// Issues a verification report of one pull (`?snapshot=<id>`, else the newest) in the reader's
// language, and sends it: every download is a new folio, audited.
export const GET = withUser(async ({ request, params, user }) => {
  const applicantId = applicantIdParam(params);
  const snapshot = new URL(request.url).searchParams.get("snapshot");
  const snapshotId = snapshot === null ? null : z.uuid().safeParse(snapshot);
  if (snapshotId && !snapshotId.success)
    throw new AppError("not_found", "errors.report.snapshotNotFound");
  const report = await issueReport(user, {
    applicantId,
    snapshotId: snapshotId?.data ?? null,
    locale: await getLocale(),
  });
  return pdfResponse(report, { "x-report-folio": report.folio, "x-report-sha256": report.sha256 });
});
