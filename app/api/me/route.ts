import { withUser } from "@/lib/http/server/route";

export const GET = withUser(async ({ user }) => ({ user }));
