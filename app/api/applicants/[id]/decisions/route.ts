import { decisionInputSchema } from "@/lib/applicants/decision-reasons";
import { listDecisions, recordDecision } from "@/lib/data/decisions";
import { applicantIdParam } from "@/lib/http/params";
import { readJson } from "@/lib/http/read-json";
import { withUser } from "@/lib/http/route";

export const GET = withUser(async ({ params }) => ({
  decisions: await listDecisions(applicantIdParam(params)),
}));

/** Records approve / decline / refer with a reason code of that outcome and an optional note. */
export const POST = withUser(async ({ request, params, user }) => {
  const applicantId = applicantIdParam(params);
  const input = await readJson(request, decisionInputSchema);
  return { decision: await recordDecision(user, applicantId, input) };
});
