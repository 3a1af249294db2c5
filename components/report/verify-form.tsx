"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Field, inputClass } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { TextField } from "@/components/forms/text-field";
import { useFormat } from "@/components/shell/use-format";
import { Button } from "@/components/ui/button";
import { readApiError, UNREACHABLE_MESSAGE } from "@/lib/http/browser/api-fetch";
import type { VerificationResult } from "@/lib/report/verify-result";

type Failure = { message: string; params?: Record<string, string | number> };

/** Folio plus the PDF (uploaded to the server, which hashes it) or its SHA-256; then the answer. */
export function VerifyForm() {
  const t = useTranslations("report.verify");
  const f = useFormat();
  const [result, setResult] = useState<VerificationResult | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setResult(null);
    setFailure(null);
    const response = await fetch("/api/reports/verify", {
      method: "POST",
      body: new FormData(event.currentTarget),
      cache: "no-store",
    }).catch(() => null);
    setPending(false);
    if (!response) return setFailure({ message: UNREACHABLE_MESSAGE });
    if (!response.ok) {
      const error = await readApiError(response, t("failed"));
      setFields(error.fields);
      return setFailure({ message: error.message, params: error.params });
    }
    setFields({});
    setResult((await response.json()) as VerificationResult);
  }

  return (
    <div className="space-y-6">
      <form onSubmit={onSubmit} noValidate className="max-w-xl space-y-4" data-testid="verify-form">
        <FormError message={failure?.message ?? null} params={failure?.params} />
        <TextField
          label={t("folio")}
          name="folio"
          hint={t("folioHint")}
          error={fields.folio}
          required
          className="font-mono uppercase"
        />
        <Field label={t("file")} name="file" error={fields.file}>
          <input
            id="file"
            name="file"
            type="file"
            accept="application/pdf,.pdf"
            className={inputClass}
            aria-invalid={!!fields.file}
          />
        </Field>
        <TextField
          label={t("sha256")}
          name="sha256"
          hint={t("sha256Hint")}
          error={fields.sha256}
          className="font-mono"
          spellCheck={false}
        />
        <Button type="submit" disabled={pending} data-testid="verify-submit">
          {pending ? t("checking") : t("submit")}
        </Button>
      </form>
      {result ? (
        <section
          role="status"
          data-testid="verify-result"
          data-outcome={result.outcome}
          className={
            result.outcome === "match"
              ? "max-w-xl rounded-md border border-emerald-300 bg-emerald-50 p-4 text-sm text-emerald-950"
              : "max-w-xl rounded-md border border-red-300 bg-red-50 p-4 text-sm text-red-900"
          }
        >
          <p className="font-semibold">
            {result.outcome === "match" ? t("match") : t(result.outcome, { folio: result.folio })}
          </p>
          {result.outcome === "match" ? (
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
              <dt>{t("facts.folio")}</dt>
              <dd className="font-mono">{result.folio}</dd>
              <dt>{t("facts.issuedAt")}</dt>
              <dd>{f.dateTime(result.issuedAt)}</dd>
              <dt>{t("facts.issuedTo")}</dt>
              <dd>{result.issuedTo ?? "—"}</dd>
              <dt>{t("facts.applicant")}</dt>
              <dd data-testid="verify-applicant">
                {result.applicant ? (
                  <Link
                    href={`/applicants/${result.applicant.id}`}
                    className="font-medium underline"
                  >
                    {result.applicant.name} · {result.applicant.reference}
                  </Link>
                ) : (
                  t("facts.deletedApplicant")
                )}
              </dd>
              <dt>{t("facts.dataAsOf")}</dt>
              <dd>{result.snapshot ? f.dateTime(result.snapshot.collectedAt) : "—"}</dd>
              <dt>{t("facts.identifiers")}</dt>
              <dd>{result.masked ? t("facts.masked") : t("facts.clear")}</dd>
              <dt>{t("facts.size")}</dt>
              <dd>{t("facts.bytes", { count: result.byteSize })}</dd>
            </dl>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
