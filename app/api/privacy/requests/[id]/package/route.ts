import { getLocale } from "next-intl/server";
import { TEAM_MANAGERS } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { arcoRequestIdParam } from "@/lib/http/server/params";
import { withUser } from "@/lib/http/server/route";
import { downloadAccessPackage, packageFormatSchema } from "@/lib/privacy/access-package-download";
import { pdfResponse } from "@/lib/report/response";

// The access package of an ARCO access request (`?format=json|pdf`), as an attachment that is
// never cached; audited on the applicant's trail.
export const GET = withUser(
  async ({ request, params, user }) => {
    const format = packageFormatSchema.safeParse(new URL(request.url).searchParams.get("format"));
    if (!format.success) throw new AppError("bad_request", "errors.privacy.packageFormat");
    const file = await downloadAccessPackage(user, {
      requestId: arcoRequestIdParam(params),
      format: format.data,
      locale: await getLocale(),
    });
    // The download headers of a PDF (attachment, file name, no-store), with the file's own type.
    return pdfResponse(file, { "content-type": file.contentType });
  },
  { roles: TEAM_MANAGERS },
);
