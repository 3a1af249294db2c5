import type { Metadata } from "next";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { PRIVACY_NOTICE_VERSION } from "@/lib/connect/new-applicant";
import { usableInvite } from "@/lib/connect/invites";
import { AppError } from "@/lib/errors";

export const metadata: Metadata = {
  title: "Connect your employment records",
  robots: { index: false },
};

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

  // Messages come from what Cotiza stored on the invite, never from the URL.
  const lastEvent =
    invite instanceof AppError
      ? null
      : (invite.lastEvent as { problem?: string; message?: string } | null);

  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-10">
      <Card className="w-full max-w-lg">
        <CardContent className="space-y-4 py-6">
          <p className="text-sm font-semibold tracking-tight text-brand-900">Cotiza</p>
          {invite instanceof AppError ? (
            <Notice
              tone={invite.details?.state === "connected" ? "success" : "error"}
              testId="connect-state"
            >
              {invite.message}
            </Notice>
          ) : (
            <>
              <h1 className="text-xl font-semibold">Hola, {invite.applicantName}</h1>
              {flag("problem") && lastEvent?.problem ? (
                <Notice tone="error" testId="connect-problem">
                  {lastEvent.problem}
                </Notice>
              ) : null}
              {flag("failed") && lastEvent?.message ? (
                <Notice tone="error" testId="connect-failed">
                  The connection did not work. The institution said: «{lastEvent.message}». You can
                  try again.
                </Notice>
              ) : null}
              {flag("left") ? (
                <Notice tone="info" testId="connect-left">
                  You left before connecting. You can try again whenever you are ready.
                </Notice>
              ) : null}
              <p className="text-sm text-slate-700">
                To review your credit application, your lender would like to read your formal
                employment history from IMSS or ISSSTE: your employers, dates, daily base salary and
                weeks contributed. You connect through Belvo, a regulated data provider; Cotiza
                never sees your password.
              </p>
              <form action={`/connect/${token}/start`} method="post" className="space-y-4">
                <label className="flex items-start gap-2 text-sm">
                  <input
                    type="checkbox"
                    name="consent"
                    required
                    className="mt-1"
                    data-testid="invite-consent"
                  />
                  <span>
                    I have read the privacy notice (version {PRIVACY_NOTICE_VERSION}) and consent to
                    my employment records being retrieved and stored for this application.
                  </span>
                </label>
                <Button type="submit" className="w-full" data-testid="invite-continue">
                  Continue to Belvo
                </Button>
              </form>
            </>
          )}
        </CardContent>
      </Card>
    </main>
  );
}
