"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { inputClass } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";

/** Why sign-in failed, as a key of `auth.login.errors` (so the sentence follows the language). */
export type LoginProblem = "wrongCredentials" | "sessionRequired" | "unavailable";

export function LoginForm({
  callbackPath,
  initialProblem = null,
}: {
  callbackPath: string;
  initialProblem?: LoginProblem | null;
}) {
  const t = useTranslations("auth.login");
  const router = useRouter();
  const [problem, setProblem] = useState<LoginProblem | null>(initialProblem);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setProblem(null);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    if (result?.ok && !result.error) {
      router.replace(callbackPath);
      router.refresh();
      return;
    }
    setPending(false);
    setProblem(result?.error === "CredentialsSignin" ? "wrongCredentials" : "unavailable");
  }

  return (
    <Card>
      <CardContent className="py-6">
        <form onSubmit={onSubmit} className="space-y-4" noValidate>
          <h1 className="text-lg font-semibold">{t("heading")}</h1>
          <label className="block text-sm font-medium text-slate-700">
            {t("email")}
            <input
              name="email"
              type="email"
              autoComplete="username"
              required
              autoFocus
              className={inputClass}
              data-testid="login-email"
            />
          </label>
          <label className="block text-sm font-medium text-slate-700">
            {t("password")}
            <input
              name="password"
              type="password"
              autoComplete="current-password"
              required
              className={inputClass}
              data-testid="login-password"
            />
          </label>
          <FormError message={problem ? t(`errors.${problem}`) : null} testId="login-error" />
          <Button type="submit" className="w-full" disabled={pending} data-testid="login-submit">
            {pending ? t("submitting") : t("submit")}
          </Button>
        </form>
      </CardContent>
    </Card>
  );
}
