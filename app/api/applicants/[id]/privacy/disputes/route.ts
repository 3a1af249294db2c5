import { PRIVACY_RIGHTS_MANAGERS } from "@/lib/auth/permissions";
import { applicantIdParam } from "@/lib/http/server/params";
import { readJson } from "@/lib/http/server/read-json";
import { withUser } from "@/lib/http/server/route";
import { disputeInputSchema, recordDispute } from "@/lib/privacy/disputes";

/** Notes a datum the applicant disputes: `{ subject, reason }`. */
export const POST = withUser(
  async ({ request, params, user }) => {
    const applicantId = applicantIdParam(params);
    const input = await readJson(request, disputeInputSchema);
    return await recordDispute(user, applicantId, input);
  },
  { roles: PRIVACY_RIGHTS_MANAGERS },
);
