"use client";

import { useTranslations } from "next-intl";
import { useRef, type ReactNode } from "react";
import type { z } from "zod";
import { FormError } from "@/components/forms/form-error";
import { Button } from "@/components/ui/button";
import { SuccessMessage } from "./success-message";
import { useSettingsForm, type SettingsAction } from "./use-settings-form";

type AddEntryFormProps = {
  /** Names the form's heading and test ids: `<id>-form`, `<id>-add`, `<id>-added`. */
  id: string;
  title: string;
  submit: string;
  schema: z.ZodType;
  fields: readonly string[];
  action: SettingsAction;
  /** The fields, given each one's error in the reader's language. */
  children: (errors: Record<string, string>) => ReactNode;
};

/**
 * A boxed settings form that adds an entry to a list (a notice version, a rest day): once added,
 * the entry shows in the list and the form starts afresh for the next one.
 */
export function AddEntryForm({ id, title, submit, children, ...form }: AddEntryFormProps) {
  const saving = useTranslations("common.actions")("saving");
  const element = useRef<HTMLFormElement>(null);
  const { errors, failure, success, pending, onSubmit } = useSettingsForm({
    ...form,
    onSuccess: () => element.current?.reset(),
  });
  return (
    <form
      ref={element}
      onSubmit={onSubmit}
      noValidate
      className="space-y-4 rounded-md border border-slate-200 bg-slate-50 p-4"
      aria-labelledby={`${id}-title`}
      data-testid={`${id}-form`}
    >
      <h4 id={`${id}-title`} className="text-sm font-semibold text-slate-900">
        {title}
      </h4>
      <FormError message={failure?.message ?? null} params={failure?.params} />
      {children(errors)}
      <SuccessMessage message={success} testId={`${id}-added`} />
      <Button type="submit" disabled={pending} data-testid={`${id}-add`}>
        {pending ? saving : submit}
      </Button>
    </form>
  );
}
