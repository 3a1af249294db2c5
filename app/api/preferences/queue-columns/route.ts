import { queueColumnsSchema } from "@/lib/applicants/queue-columns";
import { getQueueColumns, setQueueColumns } from "@/lib/data/preferences";
import { withUser } from "@/lib/http/route";
import { readJson } from "@/lib/http/read-json";

/** The queue columns the signed-in user hid: `{ hidden: ["flags", …] }`. */
export const GET = withUser(({ user }) => getQueueColumns(user.id));

export const PUT = withUser(async ({ request, user }) =>
  setQueueColumns(user.id, await readJson(request, queueColumnsSchema)),
);
