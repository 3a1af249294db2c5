import { TEAM_MANAGERS } from "@/lib/auth/permissions";
import { readJson } from "@/lib/http/server/read-json";
import { withUser } from "@/lib/http/server/route";
import { arcoInputSchema, registerArcoRequest } from "@/lib/privacy/arco";

/** Registers an ARCO request whose requester's identity the team lead or admin checked. */
export const POST = withUser(
  async ({ request, user }) => registerArcoRequest(user, await readJson(request, arcoInputSchema)),
  { roles: TEAM_MANAGERS },
);
