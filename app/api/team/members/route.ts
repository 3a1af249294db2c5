import { TEAM_MANAGERS } from "@/lib/auth/permissions";
import { inviteMember } from "@/lib/team/members";
import { absoluteUrl } from "@/lib/http/server/absolute-url";
import { readJson } from "@/lib/http/server/read-json";
import { withUser } from "@/lib/http/server/route";
import { inviteMemberSchema } from "@/lib/team/input";

/** Invites a team member: creates their account and answers with their set-password link. */
export const POST = withUser(
  async ({ request, user }) => {
    const { path, ...invite } = await inviteMember(
      user,
      await readJson(request, inviteMemberSchema),
    );
    return { ...invite, url: absoluteUrl(path) };
  },
  { roles: TEAM_MANAGERS },
);
