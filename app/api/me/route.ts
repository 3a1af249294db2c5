import { withUser } from "@/lib/http/route";

export const GET = withUser(async ({ user }) => ({ user }));
