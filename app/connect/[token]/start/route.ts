import { startInviteConnection } from "@/lib/connect/connect-invite";
import { connectRedirect } from "@/lib/connect/connect-redirect";
import { AppError } from "@/lib/errors";
import { requestLocale } from "@/lib/i18n/request";
import { assertCurrentNotice } from "@/lib/privacy/notices";

type Context = { params: Promise<{ token: string }> };

/**
 * The applicant accepted the notice: off to Belvo's widget, in the language of the page. The
 * version they read must still be the one in effect; otherwise the page shows the new one.
 */
export async function POST(request: Request, { params }: Context) {
  const { token } = await params;
  const form = await request.formData().catch(() => null);
  const locale = await requestLocale();
  return connectRedirect(token, async () => {
    if (form?.get("consent") !== "on")
      throw new AppError("bad_request", "errors.invite.consentRequired");
    await assertCurrentNotice(form.get("privacyNoticeVersion"));
    return startInviteConnection(token, undefined, locale);
  });
}
