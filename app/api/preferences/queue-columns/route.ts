import { queueColumnsSchema } from "@/lib/queue/columns";
import { getQueueColumns, setQueueColumns } from "@/lib/queue/preferences";
import { withUser } from "@/lib/http/server/route";
import { readJson } from "@/lib/http/server/read-json";

/** The queue columns the signed-in user hid: `{ hidden: ["flags", …] }`. */
export const GET = withUser(({ user }) => getQueueColumns(user.id));

export const PUT = withUser(async ({ request, user }) =>
  setQueueColumns(user.id, await readJson(request, queueColumnsSchema)),
);
