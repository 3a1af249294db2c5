import { assignmentInputSchema } from "@/lib/applicants/decision-reasons";
import { assignApplicant } from "@/lib/data/decisions";
import { applicantIdParam } from "@/lib/http/params";
import { readJson } from "@/lib/http/read-json";
import { withUser } from "@/lib/http/route";

/** Assigns the applicant to a user, or unassigns with `{ userId: null }`. */
export const PUT = withUser(async ({ request, params, user }) => {
  const applicantId = applicantIdParam(params);
  const { userId } = await readJson(request, assignmentInputSchema);
  return await assignApplicant(user, applicantId, userId);
});
