import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "./login-form";
import { LocaleSwitch } from "@/components/shell/locale-switch";
import { currentUser } from "@/lib/auth/session";
import { safeCallbackPath } from "@/lib/auth/callback-path";
import { signInProblem } from "@/lib/auth/sign-in-error";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.login");
  return { title: t("title") };
}

type LoginPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LoginPage({ searchParams }: LoginPageProps) {
  const query = await searchParams;
  // next-auth sends people back here with `?error=<code>` when a sign-in fails outside the form
  // (https://next-auth.js.org/configuration/pages#sign-in-page); the code picks our sentence.
  const problem = signInProblem(typeof query.error === "string" ? query.error : null);
  const callbackPath = safeCallbackPath(query.callbackUrl);
  if (await currentUser()) redirect(callbackPath);
  const t = await getTranslations("auth.login");
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm">
        <div className="mb-4 flex justify-end">
          <LocaleSwitch />
        </div>
        <div className="mb-8 text-center">
          <p className="text-2xl font-bold tracking-tight text-brand-900">Cotiza</p>
          <p className="mt-1 text-sm text-slate-600">{t("tagline")}</p>
        </div>
        <LoginForm callbackPath={callbackPath} initialProblem={problem} />
      </div>
    </main>
  );
}
