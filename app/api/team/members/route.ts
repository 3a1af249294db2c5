import { TEAM_MANAGERS } from "@/lib/auth/permissions";
import { inviteMember } from "@/lib/data/team-members";
import { absoluteUrl } from "@/lib/http/absolute-url";
import { readJson } from "@/lib/http/read-json";
import { withUser } from "@/lib/http/route";
import { inviteMemberSchema } from "@/lib/team/team-input";

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
