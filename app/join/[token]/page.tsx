import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FormError } from "@/components/forms/form-error";
import { PublicCard } from "@/components/shell/public-card";
import { LinkButton } from "@/components/ui/link-button";
import { describePasswordLink } from "@/lib/team/password-links";
import { AppError, orAppError } from "@/lib/errors";
import { SetPasswordForm } from "./set-password-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.join");
  return { title: t("title"), robots: { index: false } };
}

type PageProps = { params: Promise<{ token: string }> };

/** Public: an invited or reset team member chooses a password; the link's token is the credential. */
export default async function JoinPage({ params }: PageProps) {
  const { token } = await params;
  const link = await orAppError(describePasswordLink(token));
  const t = await getTranslations();
  return (
    <PublicCard narrow>
      {link instanceof AppError ? (
        <>
          <h1 className="text-xl font-semibold">{t("auth.join.unusable")}</h1>
          <FormError message={link.key} params={link.params} testId="join-problem" />
          <LinkButton href="/login" variant="secondary">
            {t("auth.join.goToSignIn")}
          </LinkButton>
        </>
      ) : (
        <>
          <h1 className="text-xl font-semibold">
            {link.purpose === "INVITE"
              ? t("auth.join.welcome", { name: link.name })
              : t("auth.join.chooseNew")}
          </h1>
          <p className="text-sm text-slate-700">
            {link.purpose === "INVITE" ? t("auth.join.inviteIntro") : t("auth.join.resetIntro")}{" "}
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
