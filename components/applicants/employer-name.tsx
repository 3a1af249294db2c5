import { useTranslations } from "next-intl";
import { employerParts } from "@/lib/applicant/employer-label";

/**
 * One employer in a table cell: ISSSTE's agency on a small line above the employer it contains,
 * so the two halves read as one employer rather than as two jobs.
 */
export function EmployerName({ employer }: { employer: string }) {
  const t = useTranslations("applicant.employer");
  const { name, agency } = employerParts(employer);
  return (
    <>
      {agency ? (
        <span className="block text-xs font-normal text-slate-500">
          <span className="sr-only">{t("agency")}</span>
          {agency}
        </span>
      ) : null}
      <span className="font-medium">{name}</span>
    </>
  );
}
