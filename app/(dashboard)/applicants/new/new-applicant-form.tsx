"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { AccessModeField } from "@/components/forms/access-mode-field";
import { DeclaredIncomeField } from "@/components/forms/declared-income-field";
import { FormError } from "@/components/forms/form-error";
import { ReferenceField, TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { INSTITUTION_OPTIONS } from "@/lib/connect/institution-options";
import { INSTITUTIONS, type Institution } from "@/lib/connect/institutions";
import { newApplicantSchema, PRIVACY_NOTICE_VERSION } from "@/lib/connect/new-applicant";
import type { ConnectStep } from "@/lib/connect/connect-steps";
import {
  UNREACHABLE_MESSAGE,
  fieldErrors,
  postJson,
  readApiError,
} from "@/lib/http/browser/api-fetch";
import { readNdjson } from "@/lib/http/browser/read-ndjson";
import { ConnectProgress } from "./connect-progress";

type Errors = Record<string, string>;

function formInput(form: HTMLFormElement) {
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
      privacyNoticeVersion: PRIVACY_NOTICE_VERSION,
    },
  };
}

const firstSegment = (fields: Errors) =>
  Object.fromEntries(
    Object.entries(fields).map(([path, message]) => [path.split(".")[0] ?? path, message]),
  );

export function NewApplicantForm({ sandboxEnabled }: { sandboxEnabled: boolean }) {
  const router = useRouter();
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [step, setStep] = useState<ConnectStep | null>(null);
  const [institution, setInstitution] = useState("IMSS");

  function fail(message: string) {
    setStep(null);
    setFailure(message);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const parsed = newApplicantSchema.safeParse(formInput(event.currentTarget));
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    setErrors({});
    setStep("link");
    const response = await postJson("/api/applicants", parsed.data);
    if (!response) return fail(UNREACHABLE_MESSAGE);
    if (!response.ok) {
      const refused = await readApiError(response, "The applicant could not be connected.");
      setErrors(firstSegment(refused.fields));
      return fail(refused.message);
    }
    let finished = false;
    await readNdjson(response, (message) => {
      if (message.type === "progress") setStep(message.step as ConnectStep);
      if (message.type === "done") router.push(`/applicants/${String(message.applicantId)}`);
      if (message.type === "error") fail((message.error as { message: string }).message);
      finished ||= message.type === "done" || message.type === "error";
    }).catch(() => undefined);
    // The applicant may exist already and a query is spent: look before trying again.
    if (!finished) {
      fail(
        "The connection to Cotiza was interrupted. Check the applicant queue before trying again.",
      );
    }
  }

  const options = INSTITUTION_OPTIONS.filter(
    (option) => sandboxEnabled || option.value !== "SANDBOX",
  );
  // The form stays mounted while the connection runs, so a failure returns to it with nothing lost.
  return (
    <>
      {step ? (
        <ConnectProgress
          current={step}
          institution={INSTITUTIONS[institution as Institution].label}
        />
      ) : null}
      <form
        onSubmit={onSubmit}
        noValidate
        hidden={step !== null}
        className="space-y-5"
        data-testid="new-applicant-form"
      >
        <FormError message={failure} testId="connect-error" />
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField label="Full name" name="name" error={errors.name} />
          <ReferenceField error={errors.reference} />
        </div>
        <fieldset>
          <legend className="text-sm font-medium text-slate-700">Institution</legend>
          <div className="mt-2 flex flex-wrap gap-4">
            {options.map((option) => (
              <label key={option.value} className="flex items-center gap-2 text-sm">
                <input
                  type="radio"
                  name="institution"
                  value={option.value}
                  checked={institution === option.value}
                  onChange={() => setInstitution(option.value)}
                />
                {option.label}
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
            hint="18 characters, as on the applicant's ID."
          />
          <TextField
            label="Email (optional)"
            name="email"
            type="email"
            error={errors.email}
            hint="Only if the applicant registered one with the institution."
          />
        </div>
        <div className="grid gap-5 sm:grid-cols-2">
          <DeclaredIncomeField error={errors.declaredMonthlyIncome} />
        </div>
        <AccessModeField />
        <div className="rounded-md border border-slate-200 bg-slate-50 p-3">
          <label className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              name="consent"
              className="mt-1"
              aria-describedby="consent-error"
              data-testid="consent"
            />
            <span>
              The applicant accepted the privacy notice (version {PRIVACY_NOTICE_VERSION}) and
              consents to Cotiza retrieving their employment records from the institution through
              Belvo. Each retrieval uses one of the 3 queries IMSS allows per day.
            </span>
          </label>
          {errors.consent ? (
            <p id="consent-error" className="mt-1 text-xs text-red-700" data-testid="error-consent">
              {errors.consent}
            </p>
          ) : null}
        </div>
        <Button type="submit" data-testid="connect-submit">
          Connect applicant
        </Button>
      </form>
    </>
  );
}
