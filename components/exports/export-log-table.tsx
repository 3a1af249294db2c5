import { getTranslations } from "next-intl/server";
import type { ExportLogEntry } from "@/lib/exports/log";
import { ALL_APPLICANTS_FILTERS, ONE_APPLICANT_FILTERS } from "@/lib/exports/request";
import { getFormat } from "@/lib/i18n/server";

/** Who exported what, when, with which filters, and how many rows. */
export async function ExportLogTable({ entries }: { entries: ExportLogEntry[] }) {
  const [t, f] = await Promise.all([getTranslations("exports.log"), getFormat()]);
  if (!entries.length) {
    return (
      <p className="px-5 py-8 text-center text-sm text-slate-500" data-testid="export-log-empty">
        {t("empty")}
      </p>
    );
  }
  const kinds = await getTranslations("exports.kinds");
  // The log keeps the filters as the query text; the two whole-scope cases read as words.
  const filters = (text: string) =>
    text === ONE_APPLICANT_FILTERS
      ? t("oneApplicant")
      : text === ALL_APPLICANTS_FILTERS
        ? t("allApplicants")
        : text;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="export-log">
        <thead className="border-b border-slate-100 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th className="px-5 py-2 font-medium">{t("columns.when")}</th>
            <th className="px-3 py-2 font-medium">{t("columns.who")}</th>
            <th className="px-3 py-2 font-medium">{t("columns.kind")}</th>
            <th className="px-3 py-2 font-medium">{t("columns.filters")}</th>
            <th className="px-3 py-2 text-right font-medium">{t("columns.rows")}</th>
            <th className="px-3 py-2 font-medium">{t("columns.identifiers")}</th>
            <th className="px-5 py-2 font-medium">{t("columns.outcome")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {entries.map((entry) => (
            <tr key={entry.id} data-testid="export-log-row">
              <td className="whitespace-nowrap px-5 py-2 text-slate-600">{f.dateTime(entry.at)}</td>
              <td className="px-3 py-2 text-slate-900">{entry.actor ?? t("deletedUser")}</td>
              <td className="px-3 py-2">{kinds(`${entry.kind}.title`)}</td>
              <td
                className="max-w-xs truncate px-3 py-2 font-mono text-xs text-slate-600"
                title={filters(entry.filters)}
              >
                {filters(entry.filters)}
              </td>
              <td className="px-3 py-2 text-right tabular-nums">{f.number(entry.rows)}</td>
              <td className="px-3 py-2 text-slate-600">{t(`identifiers.${entry.identifiers}`)}</td>
              <td className="px-5 py-2">{t(`outcome.${entry.outcome}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
