import { TEAM_MANAGERS } from "@/lib/auth/permissions";
import { changeMemberRole } from "@/lib/data/team-actions";
import { memberIdParam } from "@/lib/http/params";
import { readJson } from "@/lib/http/read-json";
import { withUser } from "@/lib/http/route";
import { changeRoleSchema } from "@/lib/team/team-input";

export const POST = withUser(
  async ({ request, params, user }) => {
    const { role } = await readJson(request, changeRoleSchema);
    return changeMemberRole(user, memberIdParam(params), role);
  },
  { roles: TEAM_MANAGERS },
);
