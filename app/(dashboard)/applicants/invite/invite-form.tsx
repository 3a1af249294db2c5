"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { AccessModeField } from "@/components/forms/access-mode-field";
import { inputClass } from "@/components/forms/field";
import { DeclaredIncomeField } from "@/components/forms/declared-income-field";
import { FormError } from "@/components/forms/form-error";
import { ReferenceField, TextField } from "@/components/forms/text-field";
import { useFormat } from "@/components/shell/use-format";
import { Button } from "@/components/ui/button";
import { newInviteSchema } from "@/lib/connect/invite-input";
import type { ErrorParams } from "@/lib/errors";
import { apiFetch, fieldErrors } from "@/lib/http/browser/api-fetch";

type Created = { url: string; expiresAt: string };

export function InviteForm() {
  const router = useRouter();
  const t = useTranslations("connect.inviteForm");
  const f = useFormat();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [failureParams, setFailureParams] = useState<ErrorParams>({});
  const [created, setCreated] = useState<Created | null>(null);
  const [copied, setCopied] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const parsed = newInviteSchema.safeParse({
      applicantName: data.get("applicantName"),
      reference: data.get("reference"),
      accessMode: data.get("accessMode"),
      declaredMonthlyIncome: data.get("declaredMonthlyIncome"),
    });
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    setErrors({});
    setFailure(null);
    const result = await apiFetch<Created>("/api/invites", {
      body: parsed.data,
      fallback: t("failed"),
    });
    if (!result.ok) {
      setFailureParams(result.params);
      return setFailure(result.message);
    }
    setCreated(result.data);
    router.refresh();
  }

  if (created) {
    return (
      <div className="space-y-3" data-testid="invite-created">
        <p className="text-sm text-slate-700">
          {t("created", { expiresAt: f.dateTime(created.expiresAt) })}
        </p>
        <div className="flex gap-2">
          <input
            readOnly
            value={created.url}
            className={`${inputClass} mt-0 font-mono text-xs`}
            aria-label={t("link")}
            data-testid="invite-url"
          />
          <Button
            variant="secondary"
            onClick={() => navigator.clipboard.writeText(created.url).then(() => setCopied(true))}
          >
            {copied ? t("copied") : t("copy")}
          </Button>
        </div>
        <Button
          variant="ghost"
          onClick={() => {
            setCreated(null);
            setCopied(false);
          }}
        >
          {t("another")}
        </Button>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="invite-form">
      <FormError message={failure} params={failureParams} />
      <TextField label={t("name")} name="applicantName" error={errors.applicantName} />
      <ReferenceField error={errors.reference} />
      <DeclaredIncomeField error={errors.declaredMonthlyIncome} />
      <AccessModeField />
      <Button type="submit" data-testid="invite-submit">
        {t("submit")}
      </Button>
    </form>
  );
}
