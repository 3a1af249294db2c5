import { readJson } from "@/lib/http/server/read-json";
import { withUser } from "@/lib/http/server/route";
import { markRead, markReadSchema } from "@/lib/notifications/inbox";

/** Marks the signed-in user's notifications read: `{ ids: [...] }` or `{ all: true }`. */
export const POST = withUser(async ({ request, user }) =>
  markRead(user.id, await readJson(request, markReadSchema)),
);
