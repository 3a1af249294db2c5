import { TEAM_MANAGERS } from "@/lib/auth/permissions";
import { setMemberActive } from "@/lib/team/actions";
import { memberIdParam } from "@/lib/http/server/params";
import { readJson } from "@/lib/http/server/read-json";
import { withUser } from "@/lib/http/server/route";
import { memberStatusSchema } from "@/lib/team/input";

/** `{ active: false }` deactivates (their sessions end); `{ active: true }` reactivates. */
export const POST = withUser(
  async ({ request, params, user }) => {
    const { active } = await readJson(request, memberStatusSchema);
    return setMemberActive(user, memberIdParam(params), active);
  },
  { roles: TEAM_MANAGERS },
);
