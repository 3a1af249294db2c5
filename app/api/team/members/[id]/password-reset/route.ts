import { TEAM_MANAGERS } from "@/lib/auth/permissions";
import { resetMemberPassword } from "@/lib/team/actions";
import { absoluteUrl } from "@/lib/http/server/absolute-url";
import { memberIdParam } from "@/lib/http/server/params";
import { withUser } from "@/lib/http/server/route";

/** Clears the member's password, ends their sessions and answers with a set-password link. */
export const POST = withUser(
  async ({ params, user }) => {
    const { path, ...link } = await resetMemberPassword(user, memberIdParam(params));
    return { ...link, url: absoluteUrl(path) };
  },
  { roles: TEAM_MANAGERS },
);
