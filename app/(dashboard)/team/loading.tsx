import { useTranslations } from "next-intl";

const ROWS = Array.from({ length: 5 }, (_, i) => i);

/** The Team page's shape while members and workload load. */
export default function TeamLoading() {
  const t = useTranslations("team");
  return (
    <div data-testid="team-loading" aria-busy="true" aria-label={t("loading")}>
      <div className="mb-6 h-14 w-96 animate-pulse rounded bg-slate-200" />
      <div className="grid gap-6 lg:grid-cols-[22rem_1fr]">
        <div className="h-80 animate-pulse rounded-lg bg-slate-100" />
        <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
          {ROWS.map((row) => (
            <div key={row} className="h-10 animate-pulse rounded bg-slate-100" />
          ))}
        </div>
      </div>
      <div className="mt-6 h-48 animate-pulse rounded-lg bg-slate-100" />
    </div>
  );
}
