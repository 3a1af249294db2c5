import { recordInviteEvent } from "@/lib/connect/connect-invite";
import { connectRedirect } from "@/lib/connect/connect-redirect";

type Context = { params: Promise<{ token: string }> };

/** Belvo's event callback: the widget met an error (`?error=<code>&error_message=<text>`). */
export async function GET(request: Request, { params }: Context) {
  const { token } = await params;
  const query = new URL(request.url).searchParams;
  const error = (query.get("error") ?? "unknown").slice(0, 64);
  // The institution's own text (IMSS writes Spanish), else our catalog key for "it reported an error".
  const message = (query.get("error_message") || "public.connect.events.institutionError").slice(
    0,
    300,
  );
  return connectRedirect(token, async () => {
    await recordInviteEvent(token, "FAILED", { error, message });
    return `/connect/${token}?failed=1`;
  });
}
