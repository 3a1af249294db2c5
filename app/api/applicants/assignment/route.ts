import { assignApplicants, bulkAssignmentSchema } from "@/lib/applicant/assignment";
import { readJson } from "@/lib/http/server/read-json";
import { withUser } from "@/lib/http/server/route";

/**
 * Assigns several applicants at once: `{ applicantIds: [uuid, …] (1–100), userId: uuid | null }`.
 * Answers `{ assignedToId, changed }`, the number of applicants whose assignee changed.
 */
export const POST = withUser(async ({ request, user }) => {
  const { applicantIds, userId } = await readJson(request, bulkAssignmentSchema);
  return await assignApplicants(user, applicantIds, userId);
});
