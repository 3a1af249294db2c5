import { monitoringInputSchema, setMonitoring } from "@/lib/alerts/monitoring";
import { applicantIdParam } from "@/lib/http/server/params";
import { readJson } from "@/lib/http/server/read-json";
import { withUser } from "@/lib/http/server/route";

/** Turns monitoring on (with the applicant's consent) or off: `{ enabled, consent? }`. */
export const PUT = withUser(async ({ request, params, user }) => {
  const applicantId = applicantIdParam(params);
  const input = await readJson(request, monitoringInputSchema);
  return await setMonitoring(user, applicantId, input);
});
