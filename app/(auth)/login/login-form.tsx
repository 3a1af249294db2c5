"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { inputClass } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { signInProblem, SIGN_IN_UNAVAILABLE, type SignInProblem } from "@/lib/auth/sign-in-error";

export function LoginForm({
  callbackPath,
  initialProblem = null,
}: {
  callbackPath: string;
  initialProblem?: SignInProblem | null;
}) {
  const t = useTranslations("auth.login");
  const router = useRouter();
  const [problem, setProblem] = useState<SignInProblem | null>(initialProblem);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setProblem(null);
    // next-auth's browser client loads when someone signs in, not with the page.
    const client = await import("next-auth/react").catch(() => null);
    const result = await client?.signIn("credentials", {
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
    // A code: wrong credentials, a wait with its end (shown in the organization's time zone)…
    setProblem(signInProblem(result?.error ?? SIGN_IN_UNAVAILABLE));
  }

  return (
    <Card>
      <CardContent roomy>
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
          <FormError
            message={problem?.message ?? null}
            params={problem?.params}
            testId="login-error"
          />
          <Button type="submit" className="w-full" disabled={pending} data-testid="login-submit">
            {pending ? t("submitting") : t("submit")}
          </Button>
        </form>
      </CardContent>
    </Card>
  );
}
