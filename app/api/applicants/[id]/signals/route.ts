import { applicantIdParam } from "@/lib/http/server/params";
import { readJson } from "@/lib/http/server/read-json";
import { withUser } from "@/lib/http/server/route";
import { dismissalInputSchema, dismissSignal } from "@/lib/signals/dismissals";

/** Dismisses one risk signal for the applicant, with a reason: `{ code, reason }`. */
export const POST = withUser(async ({ request, params, user }) => {
  const applicantId = applicantIdParam(params);
  const input = await readJson(request, dismissalInputSchema);
  return await dismissSignal(user, applicantId, input);
});
