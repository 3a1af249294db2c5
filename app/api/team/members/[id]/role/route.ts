import { TEAM_MANAGERS } from "@/lib/auth/permissions";
import { changeMemberRole } from "@/lib/team/actions";
import { memberIdParam } from "@/lib/http/server/params";
import { readJson } from "@/lib/http/server/read-json";
import { withUser } from "@/lib/http/server/route";
import { changeRoleSchema } from "@/lib/team/input";

export const POST = withUser(
  async ({ request, params, user }) => {
    const { role } = await readJson(request, changeRoleSchema);
    return changeMemberRole(user, memberIdParam(params), role);
  },
  { roles: TEAM_MANAGERS },
);
