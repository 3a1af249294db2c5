import { assignmentInputSchema } from "@/lib/applicant/decision-input";
import { assignApplicant } from "@/lib/applicant/assignment";
import { applicantIdParam } from "@/lib/http/server/params";
import { readJson } from "@/lib/http/server/read-json";
import { withUser } from "@/lib/http/server/route";

/** Assigns the applicant to a user, or unassigns with `{ userId: null }`. */
export const PUT = withUser(async ({ request, params, user }) => {
  const applicantId = applicantIdParam(params);
  const { userId } = await readJson(request, assignmentInputSchema);
  return await assignApplicant(user, applicantId, userId);
});
