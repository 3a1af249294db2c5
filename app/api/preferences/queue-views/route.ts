import { queueViewInputSchema } from "@/lib/queue/views";
import { getQueueViews, saveQueueView } from "@/lib/queue/preferences";
import { withUser } from "@/lib/http/server/route";
import { readJson } from "@/lib/http/server/read-json";

/** The signed-in user's saved queue views: `{ views: [{ id, name, query }] }`. */
export const GET = withUser(async ({ user }) => ({ views: await getQueueViews(user.id) }));

/** Saves `{ name, query }` as a view; answers with every view. */
export const POST = withUser(async ({ request, user }) => ({
  views: await saveQueueView(user.id, await readJson(request, queueViewInputSchema)),
}));
