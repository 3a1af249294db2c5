import { TEAM_MANAGERS } from "@/lib/auth/permissions";
import { setMemberActive } from "@/lib/data/team-actions";
import { memberIdParam } from "@/lib/http/params";
import { readJson } from "@/lib/http/read-json";
import { withUser } from "@/lib/http/route";
import { memberStatusSchema } from "@/lib/team/team-input";

/** `{ active: false }` deactivates (their sessions end); `{ active: true }` reactivates. */
export const POST = withUser(
  async ({ request, params, user }) => {
    const { active } = await readJson(request, memberStatusSchema);
    return setMemberActive(user, memberIdParam(params), active);
  },
  { roles: TEAM_MANAGERS },
);
