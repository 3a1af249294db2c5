import { newInviteSchema } from "@/lib/connect/invite-input";
import { createInvite } from "@/lib/connect/invites";
import { requireEnv } from "@/lib/env";
import { readJson } from "@/lib/http/server/read-json";
import { withUser } from "@/lib/http/server/route";

/** Creates an expiring, single-use connect URL for an applicant. */
export const POST = withUser(async ({ request, user }) => {
  const invite = await createInvite(user, await readJson(request, newInviteSchema));
  return { url: `${requireEnv("NEXTAUTH_URL")}${invite.path}`, expiresAt: invite.expiresAt };
});
