import { z } from "zod";
import { AppError } from "@/lib/errors";
import { applicantIdParam } from "@/lib/http/server/params";
import { withUser } from "@/lib/http/server/route";
import { downloadInstitutionDocument } from "@/lib/report/institution-document";
import { pdfResponse } from "@/lib/report/response";

// IMSS's own PDF of one pull (`?snapshot=<id>`), for roles that may see identifiers; audited.
export const GET = withUser(async ({ request, params, user }) => {
  const applicantId = applicantIdParam(params);
  const snapshot = z.uuid().safeParse(new URL(request.url).searchParams.get("snapshot"));
  if (!snapshot.success) throw new AppError("not_found", "errors.report.documentNotFound");
  return pdfResponse(await downloadInstitutionDocument(user, applicantId, snapshot.data));
});
