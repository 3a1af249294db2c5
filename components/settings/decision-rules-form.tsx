"use client";

import { useTranslations } from "next-intl";
import { FormError } from "@/components/forms/form-error";
import { Button } from "@/components/ui/button";
import { DECISION_RULES_FIELDS, decisionRulesSchema } from "@/lib/settings/input";
import { SuccessMessage } from "./success-message";
import { useSettingsForm, type SettingsAction } from "./use-settings-form";

type Props = { fourEyesApproval: boolean; action: SettingsAction };

/** Team leads and admins: whether risky approvals need a team lead's sign-off. */
export function DecisionRulesForm({ fourEyesApproval, action }: Props) {
  const t = useTranslations("settings.decisionRules");
  const saving = useTranslations("common.actions")("saving");
  const { failure, success, pending, onSubmit } = useSettingsForm({
    schema: decisionRulesSchema,
    fields: DECISION_RULES_FIELDS,
    action,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="decision-rules-form">
      <FormError message={failure?.message ?? null} params={failure?.params} />
      <label className="flex items-start gap-2 text-sm text-slate-900">
        <input
          type="checkbox"
          name="fourEyesApproval"
          defaultChecked={fourEyesApproval}
          className="mt-0.5 h-4 w-4"
          data-testid="four-eyes"
        />
        <span>{t("fourEyes")}</span>
      </label>
      <SuccessMessage message={success} testId="decision-rules-saved" />
      <Button type="submit" disabled={pending} data-testid="decision-rules-save">
        {pending ? saving : t("save")}
      </Button>
    </form>
  );
}
