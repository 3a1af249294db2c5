import { TEAM_MANAGERS } from "@/lib/auth/permissions";
import { unlockMember } from "@/lib/team/actions";
import { memberIdParam } from "@/lib/http/server/params";
import { withUser } from "@/lib/http/server/route";

/** Lifts the lock that failed sign-ins put on the member's account (admins; leads for non-admins). */
export const POST = withUser(
  async ({ params, user }) => unlockMember(user, memberIdParam(params)),
  { roles: TEAM_MANAGERS },
);
