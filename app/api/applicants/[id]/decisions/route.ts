import { decisionInputSchema } from "@/lib/applicant/decision-input";
import { listDecisions, recordDecision } from "@/lib/applicant/decisions";
import { applicantIdParam } from "@/lib/http/server/params";
import { readJson } from "@/lib/http/server/read-json";
import { withUser } from "@/lib/http/server/route";

export const GET = withUser(async ({ params }) => ({
  decisions: await listDecisions(applicantIdParam(params)),
}));

/** Records approve / decline / refer with a reason code of that outcome and an optional note. */
export const POST = withUser(async ({ request, params, user }) => {
  const applicantId = applicantIdParam(params);
  const input = await readJson(request, decisionInputSchema);
  return { decision: await recordDecision(user, applicantId, input) };
});
