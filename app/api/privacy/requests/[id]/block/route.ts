import { TEAM_MANAGERS } from "@/lib/auth/permissions";
import { arcoRequestIdParam } from "@/lib/http/server/params";
import { withUser } from "@/lib/http/server/route";
import { blockForCancellation } from "@/lib/privacy/blocking";

/** Blocks the applicant of an ARCO cancellation: hidden everywhere, deleted after the period. */
export const POST = withUser(
  async ({ params, user }) => blockForCancellation(user, arcoRequestIdParam(params)),
  { roles: TEAM_MANAGERS },
);
