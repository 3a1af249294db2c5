import type { Metadata } from "next";
import { FormError } from "@/components/forms/form-error";
import { PublicCard } from "@/components/shell/public-card";
import { LinkButton } from "@/components/ui/link-button";
import { describePasswordLink } from "@/lib/team/password-links";
import { AppError, orAppError } from "@/lib/errors";
import { SetPasswordForm } from "./set-password-form";

export const metadata: Metadata = { title: "Choose your password", robots: { index: false } };

type PageProps = { params: Promise<{ token: string }> };

/** Public: an invited or reset team member chooses a password; the link's token is the credential. */
export default async function JoinPage({ params }: PageProps) {
  const { token } = await params;
  const link = await orAppError(describePasswordLink(token));
  return (
    <PublicCard className="max-w-md">
      {link instanceof AppError ? (
        <>
          <h1 className="text-xl font-semibold">This link cannot be used</h1>
          <FormError message={link.message} testId="join-problem" />
          <LinkButton href="/login" variant="secondary">
            Go to sign in
          </LinkButton>
        </>
      ) : (
        <>
          <h1 className="text-xl font-semibold">
            {link.purpose === "INVITE" ? `Welcome, ${link.name}` : "Choose a new password"}
          </h1>
          <p className="text-sm text-slate-700">
            {link.purpose === "INVITE"
              ? "Choose a password for your Cotiza account. You sign in with it and this email:"
              : "Your password was reset. Choose a new one for your account:"}{" "}
            <span className="font-medium" data-testid="join-email">
              {link.email}
            </span>
          </p>
          <SetPasswordForm token={token} email={link.email} />
        </>
      )}
    </PublicCard>
  );
}
