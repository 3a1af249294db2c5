import { completeInviteConnection } from "@/lib/connect/connect-invite";
import { connectRedirect } from "@/lib/connect/connect-redirect";
import { AppError } from "@/lib/errors";
import { isSafeText } from "@/lib/http/text";

type Context = { params: Promise<{ token: string }> };

/** Belvo's success callback: `?link=<id>&institution=<name>`. */
export async function GET(request: Request, { params }: Context) {
  const { token } = await params;
  const link = new URL(request.url).searchParams.get("link");
  return connectRedirect(token, async () => {
    if (!link || !isSafeText(link)) throw new AppError("bad_request", "errors.invite.missingLink");
    await completeInviteConnection(token, link);
    return `/connect/${token}`;
  });
}
