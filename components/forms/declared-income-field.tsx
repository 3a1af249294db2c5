import { useTranslations } from "next-intl";
import { TextField } from "./text-field";

/** The applicant's own statement of their monthly income (optional), checked against the records. */
export function DeclaredIncomeField({ error }: { error?: string }) {
  const t = useTranslations("connect.fields.declaredIncome");
  return (
    <TextField
      label={t("label")}
      name="declaredMonthlyIncome"
      inputMode="decimal"
      error={error}
      hint={t("hint")}
    />
  );
}
