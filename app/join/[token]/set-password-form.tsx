"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormError } from "@/components/forms/form-error";
import { TextField } from "@/components/forms/text-field";
import { useJsonForm } from "@/components/forms/use-json-form";
import { Button } from "@/components/ui/button";
import { LinkButton } from "@/components/ui/link-button";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";
import { setPasswordSchema } from "@/lib/team/input";

export function SetPasswordForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("auth.join.form");
  const [done, setDone] = useState(false);
  const { errors, failure, failureParams, pending, onSubmit } = useJsonForm({
    schema: setPasswordSchema,
    fields: ["password", "confirm"],
    url: `/api/join/${encodeURIComponent(token)}`,
    fallback: "auth.join.form.fallback",
    onSuccess: () => setDone(true),
  });

  if (done)
    return (
      <div className="space-y-3" role="status" data-testid="join-done">
        <p className="text-sm text-slate-700">{t("done", { email })}</p>
        <LinkButton href="/login" className="w-full" data-testid="join-sign-in">
          {t("signIn")}
        </LinkButton>
      </div>
    );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="join-form">
      {/* Lets password managers save the new password under the right account. */}
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <FormError message={failure} params={failureParams} testId="join-error" />
      <TextField
        label={t("newPassword")}
        name="password"
        type="password"
        autoComplete="new-password"
        hint={t("hint", { count: MIN_PASSWORD_LENGTH })}
        error={errors.password}
        autoFocus
      />
      <TextField
        label={t("confirm")}
        name="confirm"
        type="password"
        autoComplete="new-password"
        error={errors.confirm}
      />
      <Button type="submit" className="w-full" disabled={pending} data-testid="join-submit">
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
