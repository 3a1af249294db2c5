import { useTranslations } from "next-intl";

/** The columns of a table of movements: the chart's text alternative and the full list. */
export function MovementTableHead() {
  const t = useTranslations("applicant.movementHead");
  return (
    <thead className="text-left text-slate-500">
      <tr>
        <th scope="col" className="py-1 pr-3">
          {t("date")}
        </th>
        <th scope="col" className="py-1 pr-3">
          {t("employer")}
        </th>
        <th scope="col" className="py-1 pr-3">
          {t("event")}
        </th>
        <th scope="col" className="py-1 text-right">
          {t("daily")}
        </th>
      </tr>
    </thead>
  );
}
