import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ExportLogEntry } from "@/lib/exports/log";
import { getFormat } from "@/lib/i18n/server";
import { FilterChips, getFilterWords, type FilterWords } from "./filter-summary";

type Translate = Awaited<ReturnType<typeof getTranslations<"exports.log">>>;

/** What a file covered: the queue's filters as chips, or the one applicant (named, or deleted). */
function Scope({ entry, t, words }: { entry: ExportLogEntry; t: Translate; words: FilterWords }) {
  if (entry.filters) {
    return <FilterChips state={entry.filters} assignee={entry.assignee} words={words} />;
  }
  const { id, name } = entry.applicant ?? { id: null, name: null };
  return id && name ? (
    <Link
      href={`/applicants/${id}`}
      className="font-medium text-brand-700 hover:underline"
      data-testid="export-log-applicant"
    >
      {name}
    </Link>
  ) : (
    <span className="text-slate-500 italic" data-testid="export-log-applicant">
      {t("deletedApplicant")}
    </span>
  );
}

/** Who exported what, when, with which filters (or for which applicant), and how many rows. */
export async function ExportLogTable({
  entries,
  search,
}: {
  entries: ExportLogEntry[];
  search: string;
}) {
  const [t, kinds, f, words] = await Promise.all([
    getTranslations("exports.log"),
    getTranslations("exports.kinds"),
    getFormat(),
    getFilterWords(),
  ]);
  if (!entries.length) {
    return (
      <p className="px-5 py-8 text-center text-sm text-slate-500" data-testid="export-log-empty">
        {search ? t("noMatches", { search }) : t("empty")}
      </p>
    );
  }
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
            <tr key={entry.id} className="align-top" data-testid="export-log-row">
              <td className="whitespace-nowrap px-5 py-2 text-slate-600">{f.dateTime(entry.at)}</td>
              <td className="px-3 py-2 text-slate-900">{entry.actor ?? t("deletedUser")}</td>
              <td className="px-3 py-2">{kinds(`${entry.kind}.title`)}</td>
              <td className="max-w-sm px-3 py-2" data-testid="export-log-filters">
                <Scope entry={entry} t={t} words={words} />
              </td>
              <td className="px-3 py-2 text-right tabular-nums">{f.number(entry.rows)}</td>
              <td className="max-w-xs px-3 py-2 text-slate-600">
                {t(`identifiers.${entry.identifiers}`)}
                {entry.reason ? (
                  <p className="mt-0.5 text-xs text-slate-500" data-testid="export-log-reason">
                    {t("reason", { reason: entry.reason })}
                  </p>
                ) : null}
              </td>
              <td className="px-5 py-2">{t(`outcome.${entry.outcome}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
