import { deleteQueueView } from "@/lib/queue/preferences";
import { withUser } from "@/lib/http/server/route";

/** Deletes one of the signed-in user's saved views; answers with the views left. */
export const DELETE = withUser(async ({ params, user }) => ({
  views: await deleteQueueView(user.id, String(params.id)),
}));
