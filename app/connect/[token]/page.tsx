import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { PrivacyNoticeDetails } from "@/components/consent/privacy-notice-details";
import { messageText } from "@/components/shell/message-text";
import { PublicCard } from "@/components/shell/public-card";
import { Button } from "@/components/ui/button";
import { usableInvite } from "@/lib/connect/invites";
import { AppError } from "@/lib/errors";
import { currentNotice, noticeFor } from "@/lib/privacy/notices";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("public.connect");
  return { title: t("title"), robots: { index: false } };
}

type PageProps = {
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

function Notice({
  tone,
  children,
  testId,
}: {
  tone: "info" | "error" | "success";
  children: React.ReactNode;
  testId: string;
}) {
  const styles = {
    info: "bg-slate-100 text-slate-800",
    error: "bg-red-50 text-red-800",
    success: "bg-emerald-50 text-emerald-900",
  };
  return (
    <p
      role={tone === "error" ? "alert" : "status"}
      className={`rounded-md px-3 py-2 text-sm ${styles[tone]}`}
      data-testid={testId}
    >
      {children}
    </p>
  );
}

export default async function ConnectPage({ params, searchParams }: PageProps) {
  const { token } = await params;
  const query = await searchParams;
  const flag = (key: string) => typeof query[key] === "string";
  const invite = await usableInvite(token).catch((error: unknown) => {
    if (error instanceof AppError) return error;
    throw error;
  });
  const [t, locale, current] = await Promise.all([getTranslations(), getLocale(), currentNotice()]);
  // The notice in effect, in the page's language; the form sends its version back to be checked.
  const notice = noticeFor(current, locale);

  // Messages come from what Cotiza stored on the invite, never from the URL: catalog keys for
  // Cotiza's own words, the institution's text as it wrote it.
  const lastEvent =
    invite instanceof AppError
      ? null
      : (invite.lastEvent as {
          problem?: string;
          params?: Record<string, string | number>;
          message?: string;
        } | null);
  // The URL only says which of them to show.
  const problem = flag("problem") ? lastEvent?.problem : undefined;
  const failure = flag("failed") ? lastEvent?.message : undefined;
  const left = flag("left");

  return (
    <PublicCard>
      {invite instanceof AppError ? (
        <Notice
          tone={invite.details?.state === "connected" ? "success" : "error"}
          testId="connect-state"
        >
          {messageText(t, invite.key, invite.params)}
        </Notice>
      ) : (
        <>
          <h1 className="text-xl font-semibold">
            {t("public.connect.greeting", { name: invite.applicantName })}
          </h1>
          {problem ? (
            <Notice tone="error" testId="connect-problem">
              {messageText(t, problem, lastEvent?.params)}
            </Notice>
          ) : null}
          {failure ? (
            <Notice tone="error" testId="connect-failed">
              {t("public.connect.failed", { message: messageText(t, failure) })}
            </Notice>
          ) : null}
          {left ? (
            <Notice tone="info" testId="connect-left">
              {t("public.connect.left")}
            </Notice>
          ) : null}
          <p className="text-sm text-slate-700">{t("public.connect.intro")}</p>
          <form action={`/connect/${token}/start`} method="post" className="space-y-4">
            <PrivacyNoticeDetails notice={notice} />
            <input type="hidden" name="privacyNoticeVersion" value={notice.version} />
            <label className="flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                name="consent"
                required
                className="mt-1"
                data-testid="invite-consent"
              />
              <span>{t("public.connect.consent", { version: notice.version })}</span>
            </label>
            <Button type="submit" className="w-full" data-testid="invite-continue">
              {t("public.connect.continue")}
            </Button>
          </form>
        </>
      )}
    </PublicCard>
  );
}
