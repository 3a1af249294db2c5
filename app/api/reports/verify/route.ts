import { withUser } from "@/lib/http/server/route";
import { readVerification } from "@/lib/report/verify-input";
import { verifyReport } from "@/lib/report/verify";

// Checks a folio against an uploaded PDF or its SHA-256 (multipart form: folio, file | sha256).
export const POST = withUser(async ({ request, user }) =>
  verifyReport(user, await readVerification(request)),
);
