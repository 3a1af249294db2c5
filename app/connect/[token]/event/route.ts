import { recordInviteEvent } from "@/lib/connect/connect-invite";
import { connectRedirect } from "@/lib/connect/connect-redirect";
import { withoutUnsafeCharacters } from "@/lib/http/text";

/** At most `max` characters (whole code points, so no pair is cut in half), storable as text. */
const clip = (text: string, max: number) =>
  [...withoutUnsafeCharacters(text)].slice(0, max).join("");

type Context = { params: Promise<{ token: string }> };

/** Belvo's event callback: the widget met an error (`?error=<code>&error_message=<text>`). */
export async function GET(request: Request, { params }: Context) {
  const { token } = await params;
  const query = new URL(request.url).searchParams;
  // Kept as sent, minus what PostgreSQL cannot store (NUL, lone surrogates).
  const error = clip(query.get("error") ?? "unknown", 64);
  // The institution's own text (IMSS writes Spanish), else our catalog key for "it reported an error".
  const message = clip(query.get("error_message") || "public.connect.events.institutionError", 300);
  return connectRedirect(token, async () => {
    await recordInviteEvent(token, "FAILED", { error, message });
    return `/connect/${token}?failed=1`;
  });
}
