"use client";

import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import type { z } from "zod";
import { FormError } from "@/components/forms/form-error";
import { useJsonForm, type SchemaSource } from "@/components/forms/use-json-form";
import { Button } from "@/components/ui/button";

type Words = { open: string; submit: string; cancel: string };

/**
 * A privacy right recorded from the applicant page: a button that opens the form, which checks its
 * fields with `schema`, POSTs them to `url` and refreshes the page. Test ids: `${testId}` (the
 * button), `${testId}-form`, `${testId}-submit`, `${testId}-error`.
 */
export function RightsForm<S extends z.ZodType>(props: {
  schema: SchemaSource<S>;
  fields: readonly string[];
  url: string;
  words: Words;
  testId: string;
  children: (errors: Record<string, string>) => ReactNode;
}) {
  const { words, testId } = props;
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { errors, failure, failureParams, pending, onSubmit } = useJsonForm({
    schema: props.schema,
    fields: props.fields,
    url: props.url,
    fallback: "errors.codes.internal",
    onSuccess: () => {
      setOpen(false);
      router.refresh();
    },
  });
  if (!open)
    return (
      <Button size="sm" variant="secondary" onClick={() => setOpen(true)} data-testid={testId}>
        {words.open}
      </Button>
    );
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-3 rounded-md border border-slate-200 p-3"
      data-testid={`${testId}-form`}
    >
      <FormError message={failure} params={failureParams} testId={`${testId}-error`} />
      {props.children(errors)}
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={pending} data-testid={`${testId}-submit`}>
          {words.submit}
        </Button>
        <Button size="sm" variant="ghost" onClick={() => setOpen(false)}>
          {words.cancel}
        </Button>
      </div>
    </form>
  );
}
