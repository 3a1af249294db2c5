import { withUser } from "@/lib/http/server/route";
import { listNotifications } from "@/lib/notifications/inbox";

/** The signed-in user's newest notifications and how many are unread. */
export const GET = withUser(async ({ user }) => listNotifications(user.id));
