import { signOffInputSchema } from "@/lib/applicant/decision-input";
import { signOffDecision } from "@/lib/applicant/sign-off";
import { applicantIdParam, decisionIdParam } from "@/lib/http/server/params";
import { readJson } from "@/lib/http/server/read-json";
import { withUser } from "@/lib/http/server/route";

/** A team lead signs off an approval that waits for it, or returns it with a note. */
export const POST = withUser(async ({ request, params, user }) => {
  const input = await readJson(request, signOffInputSchema);
  return {
    signOff: await signOffDecision(user, applicantIdParam(params), decisionIdParam(params), input),
  };
});
