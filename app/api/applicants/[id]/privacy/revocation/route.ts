import { applicantIdParam } from "@/lib/http/server/params";
import { readJson } from "@/lib/http/server/read-json";
import { withUser } from "@/lib/http/server/route";
import { revocationInputSchema, revokeConsent } from "@/lib/privacy/revocation";

/** Records the applicant's revocation of their consent: `{ revokedOn, channel, note? }`. */
export const POST = withUser(async ({ request, params, user }) => {
  const applicantId = applicantIdParam(params);
  const input = await readJson(request, revocationInputSchema);
  return await revokeConsent(user, applicantId, input);
});
