"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { PrivacyNoticeDetails } from "@/components/consent/privacy-notice-details";
import { AccessModeField } from "@/components/forms/access-mode-field";
import { DeclaredIncomeField } from "@/components/forms/declared-income-field";
import { FormError, useErrorText } from "@/components/forms/form-error";
import { ReferenceField, TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { INSTITUTION_OPTIONS } from "@/lib/connect/institution-options";
import type { Institution } from "@/lib/connect/institutions";
import { curpMatchesName } from "@/lib/connect/curp";
import { newApplicantSchema } from "@/lib/connect/new-applicant";
import type { ConnectStep } from "@/lib/connect/connect-steps";
import type { ErrorParams } from "@/lib/errors";
import {
  UNREACHABLE_MESSAGE,
  fieldErrors,
  postJson,
  readApiError,
} from "@/lib/http/browser/api-fetch";
import { readNdjson } from "@/lib/http/browser/read-ndjson";
import type { NoticeForReader } from "@/lib/privacy/notices";
import { ConnectProgress } from "./connect-progress";

type Errors = Record<string, string>;

/** The form's values; the consent names the notice version shown, which the server checks. */
function formInput(form: HTMLFormElement, privacyNoticeVersion: string) {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? "");
  return {
    name: text("name"),
    reference: text("reference"),
    institution: text("institution"),
    curp: text("curp"),
    email: text("email"),
    accessMode: text("accessMode"),
    declaredMonthlyIncome: text("declaredMonthlyIncome"),
    consent: {
      accepted: data.get("consent") === "on",
      privacyNoticeVersion,
    },
  };
}

const firstSegment = (fields: Errors) =>
  Object.fromEntries(
    Object.entries(fields).map(([path, message]) => [path.split(".")[0] ?? path, message]),
  );

export function NewApplicantForm({
  sandboxEnabled,
  notice,
}: {
  sandboxEnabled: boolean;
  /** The privacy notice in effect, in the reader's language. */
  notice: NoticeForReader;
}) {
  const router = useRouter();
  const t = useTranslations("connect");
  const errorText = useErrorText();
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [failureParams, setFailureParams] = useState<ErrorParams>({});
  const [step, setStep] = useState<ConnectStep | null>(null);
  const [institution, setInstitution] = useState<Institution>("IMSS");
  // A warning only: names are typed in many ways, so the connection goes ahead anyway.
  const [nameMismatch, setNameMismatch] = useState(false);

  // `message` is a catalog key (with `params`) or text shown as is; <FormError> renders it.
  function fail(message: string, params: ErrorParams = {}) {
    setStep(null);
    setFailureParams(params);
    setFailure(message);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const parsed = newApplicantSchema.safeParse(formInput(event.currentTarget, notice.version));
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    setErrors({});
    setStep("link");
    const response = await postJson("/api/applicants", parsed.data);
    if (!response) return fail(UNREACHABLE_MESSAGE);
    if (!response.ok) {
      const refused = await readApiError(response, t("newApplicant.failed"));
      setErrors(firstSegment(refused.fields));
      return fail(refused.message, refused.params);
    }
    let finished = false;
    await readNdjson(response, (message) => {
      if (message.type === "progress") setStep(message.step as ConnectStep);
      if (message.type === "done") router.push(`/applicants/${String(message.applicantId)}`);
      if (message.type === "error") {
        const error = message.error as { message: string; params?: ErrorParams };
        fail(error.message, error.params);
      }
      finished ||= message.type === "done" || message.type === "error";
    }).catch(() => undefined);
    // The applicant may exist already and a query is spent: look before trying again.
    if (!finished) {
      fail(t("newApplicant.interrupted"));
    }
  }

  const options = INSTITUTION_OPTIONS.filter((option) => sandboxEnabled || option !== "SANDBOX");
  // The form stays mounted while the connection runs, so a failure returns to it with nothing lost.
  return (
    <>
      {step ? (
        <ConnectProgress current={step} institution={t(`institution.${institution}`)} />
      ) : null}
      <form
        onSubmit={onSubmit}
        onChange={(event) => {
          const { name, curp } = formInput(event.currentTarget, notice.version);
          setNameMismatch(!curpMatchesName(curp.trim().toUpperCase(), name));
        }}
        noValidate
        hidden={step !== null}
        className="space-y-5"
        data-testid="new-applicant-form"
      >
        <FormError message={failure} params={failureParams} testId="connect-error" />
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField label={t("newApplicant.name")} name="name" error={errors.name} />
          <ReferenceField error={errors.reference} />
        </div>
        <fieldset>
          <legend className="text-sm font-medium text-slate-700">
            {t("newApplicant.institution")}
          </legend>
          <div className="mt-2 flex flex-wrap gap-4">
            {options.map((option) => (
              <label key={option} className="flex items-center gap-2 text-sm">
                <input
                  type="radio"
                  name="institution"
                  value={option}
                  checked={institution === option}
                  onChange={() => setInstitution(option)}
                />
                {t(`institutionOption.${option}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField
            label="CURP"
            name="curp"
            maxLength={18}
            spellCheck={false}
            className="font-mono uppercase"
            error={errors.curp}
            hint={t(nameMismatch ? "newApplicant.curpNameMismatch" : "newApplicant.curpHint")}
          />
          <TextField
            label={t("newApplicant.email")}
            name="email"
            type="email"
            error={errors.email}
            hint={t("newApplicant.emailHint")}
          />
        </div>
        <div className="grid gap-5 sm:grid-cols-2">
          <DeclaredIncomeField error={errors.declaredMonthlyIncome} />
        </div>
        <AccessModeField />
        <div className="space-y-3 rounded-md border border-slate-200 bg-slate-50 p-3">
          <PrivacyNoticeDetails notice={notice} />
          <label className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              name="consent"
              className="mt-1"
              aria-describedby="consent-error"
              data-testid="consent"
            />
            <span>{t("newApplicant.consent", { version: notice.version })}</span>
          </label>
          {errors.consent ? (
            <p id="consent-error" className="mt-1 text-xs text-red-700" data-testid="error-consent">
              {errorText(errors.consent)}
            </p>
          ) : null}
        </div>
        <Button type="submit" data-testid="connect-submit">
          {t("newApplicant.submit")}
        </Button>
      </form>
    </>
  );
}
