import { TEAM_MANAGERS } from "@/lib/auth/permissions";
import { arcoRequestIdParam } from "@/lib/http/server/params";
import { readJson } from "@/lib/http/server/read-json";
import { withUser } from "@/lib/http/server/route";
import { answerArcoRequest, arcoAnswerSchema } from "@/lib/privacy/arco";

/** Records the answer sent for an ARCO request: `{ response }`. */
export const POST = withUser(
  async ({ request, params, user }) =>
    answerArcoRequest(user, arcoRequestIdParam(params), await readJson(request, arcoAnswerSchema)),
  { roles: TEAM_MANAGERS },
);
