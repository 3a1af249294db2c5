import { getTranslations } from "next-intl/server";
import { buttonVariants } from "@/components/ui/button";
import { inputClass } from "@/components/forms/field";
import { LinkButton } from "@/components/ui/link-button";
import type { ExportLogPage } from "@/lib/exports/log";

/** The page's other parameters (the export being prepared), kept by the log's search and pages. */
type Kept = [string, string][];

export const logHref = (kept: Kept, changes: { page?: number; search?: string }) => {
  const params = new URLSearchParams(kept);
  if (changes.search) params.set("search", changes.search);
  if (changes.page && changes.page > 1) params.set("page", String(changes.page));
  const query = params.toString();
  return `/exports${query ? `?${query}` : ""}#export-log`;
};

/** Searches the log by who exported, the applicant, or the kind of export (a plain GET form). */
export async function ExportLogSearch({ kept, search }: { kept: Kept; search: string }) {
  const t = await getTranslations("exports.log.search");
  return (
    <form
      method="get"
      action="/exports#export-log"
      role="search"
      className="flex flex-wrap items-end gap-2"
      data-testid="export-log-search"
    >
      {kept.map(([name, value], index) => (
        <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
      ))}
      <label className="min-w-64 flex-1 text-sm font-medium text-slate-700">
        {t("label")}
        <input
          type="search"
          name="search"
          defaultValue={search}
          maxLength={100}
          placeholder={t("placeholder")}
          className={inputClass}
          data-testid="export-log-search-input"
        />
      </label>
      <button type="submit" className={buttonVariants({ variant: "secondary" })}>
        {t("submit")}
      </button>
      {search ? (
        <LinkButton href={logHref(kept, {})} variant="ghost" data-testid="export-log-search-clear">
          {t("clear")}
        </LinkButton>
      ) : null}
    </form>
  );
}

/** "Page 2 of 5 · 117 exports", with links to the pages before and after. */
export async function ExportLogPager({
  log,
  kept,
  search,
}: {
  log: ExportLogPage;
  kept: Kept;
  search: string;
}) {
  const t = await getTranslations("exports.log.pages");
  if (log.total === 0) return null;
  const { page, pageCount } = log;
  const links = [
    { rel: "prev", target: page - 1, label: t("previous"), shown: page > 1 },
    { rel: "next", target: page + 1, label: t("next"), shown: page < pageCount },
  ].filter((link) => link.shown);
  return (
    <nav
      aria-label={t("label")}
      className="flex flex-wrap items-center justify-between gap-2 border-t border-slate-100 px-5 py-3 text-sm"
      data-testid="export-log-pages"
    >
      <p className="text-slate-600" data-testid="export-log-page-status">
        {t("status", { page, pageCount, total: log.total })}
      </p>
      <div className="flex gap-2">
        {links.map(({ rel, target, label }) => (
          <LinkButton
            key={rel}
            href={logHref(kept, { search, page: target })}
            variant="secondary"
            size="sm"
            rel={rel}
            data-testid={`export-log-${rel}`}
          >
            {label}
          </LinkButton>
        ))}
      </div>
    </nav>
  );
}
