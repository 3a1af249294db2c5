import { startInviteConnection } from "@/lib/connect/connect-invite";
import { connectRedirect } from "@/lib/connect/connect-redirect";
import { AppError } from "@/lib/errors";

type Context = { params: Promise<{ token: string }> };

/** The applicant accepted the notice: off to Belvo's widget. */
export async function POST(request: Request, { params }: Context) {
  const { token } = await params;
  const form = await request.formData().catch(() => null);
  return connectRedirect(token, async () => {
    if (form?.get("consent") !== "on")
      throw new AppError("bad_request", "Tick the consent box to continue.");
    return startInviteConnection(token);
  });
}
