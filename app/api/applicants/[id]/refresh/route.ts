import { refreshApplicant } from "@/lib/connect/refresh-applicant";
import { withUser } from "@/lib/http/server/route";
import { applicantIdParam } from "@/lib/http/server/params";

export const POST = withUser(async ({ params, user }) =>
  refreshApplicant(user, applicantIdParam(params)),
);
