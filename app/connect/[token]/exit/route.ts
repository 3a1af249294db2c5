import { recordInviteEvent } from "@/lib/connect/connect-invite";
import { connectRedirect } from "@/lib/connect/connect-redirect";

type Context = { params: Promise<{ token: string }> };

/** Belvo's exit callback: the applicant closed the widget before connecting. */
export async function GET(_request: Request, { params }: Context) {
  const { token } = await params;
  return connectRedirect(token, async () => {
    await recordInviteEvent(token, "EXITED", {
      message: "public.connect.events.left",
    });
    return `/connect/${token}?left=1`;
  });
}
