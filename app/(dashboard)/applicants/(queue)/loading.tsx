import { useTranslations } from "next-intl";

const ROWS = Array.from({ length: 8 }, (_, i) => i);

/** The queue's shape while the first page loads; later changes keep the old page, dimmed. */
export default function QueueLoading() {
  const t = useTranslations("queue");
  return (
    <div data-testid="queue-loading" aria-busy="true" aria-label={t("loading")}>
      <div className="mb-6 h-14 w-80 animate-pulse rounded bg-slate-200" />
      <div className="mb-3 flex gap-2">
        {[72, 28, 28, 20, 32, 28].map((width, i) => (
          <div
            key={i}
            className="h-9 animate-pulse rounded-md bg-slate-200"
            style={{ width: `${width * 4}px` }}
          />
        ))}
      </div>
      <div className="overflow-hidden rounded-lg border border-slate-200 bg-white">
        <div className="h-9 bg-slate-50" />
        {ROWS.map((row) => (
          <div key={row} className="flex gap-6 border-t border-slate-100 px-3 py-3">
            <div className="h-4 w-40 animate-pulse rounded bg-slate-200" />
            <div className="h-4 w-16 animate-pulse rounded bg-slate-100" />
            <div className="h-4 w-24 animate-pulse rounded bg-slate-100" />
            <div className="h-4 w-32 animate-pulse rounded bg-slate-100" />
            <div className="h-4 w-20 animate-pulse rounded bg-slate-100" />
          </div>
        ))}
      </div>
    </div>
  );
}
