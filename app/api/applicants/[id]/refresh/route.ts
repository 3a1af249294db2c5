import { refreshApplicant } from "@/lib/connect/refresh-applicant";
import { withUser } from "@/lib/http/route";
import { applicantIdParam } from "@/lib/http/params";

export const POST = withUser(async ({ params, user }) =>
  refreshApplicant(user, applicantIdParam(params)),
);
