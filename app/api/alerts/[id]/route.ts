import { actOnAlert, alertActionSchema } from "@/lib/alerts/transitions";
import { alertIdParam } from "@/lib/http/server/params";
import { readJson } from "@/lib/http/server/read-json";
import { withUser } from "@/lib/http/server/route";

/** Acknowledges or resolves an alert: `{ action: "acknowledge" | "resolve", note? }`. */
export const POST = withUser(async ({ request, params, user }) => {
  const alertId = alertIdParam(params);
  const input = await readJson(request, alertActionSchema);
  return await actOnAlert(user, alertId, input);
});
