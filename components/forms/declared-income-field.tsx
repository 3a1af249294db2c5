import { TextField } from "./text-field";

/** The applicant's own statement of their monthly income (optional), checked against the records. */
export function DeclaredIncomeField({ error }: { error?: string }) {
  return (
    <TextField
      label="Declared monthly income (MXN)"
      name="declaredMonthlyIncome"
      inputMode="decimal"
      error={error}
      hint="What the applicant says they earn a month; compared with the verified income."
    />
  );
}
