import { deleteApplicant } from "@/lib/connect/delete-applicant";
import { withUser } from "@/lib/http/server/route";
import { applicantIdParam } from "@/lib/http/server/params";

export const DELETE = withUser(async ({ params, user }) => {
  await deleteApplicant(user, applicantIdParam(params));
  return { deleted: true };
});
