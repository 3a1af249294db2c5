"use client";

import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { isFlagCode } from "@/lib/metrics/flag-rules";
import { flagTone } from "@/lib/queue/flags";
import type { QueueRow } from "@/lib/queue/list";
import { useQueueCellText } from "./queue-cell-text";
import { institutionLabel } from "./queue-filter-options";

const muted = "text-slate-500";

export function ApplicantCell({ row }: { row: QueueRow }) {
  return (
    <div className="min-w-36">
      <Link
        href={`/applicants/${row.id}`}
        className="rounded-sm font-medium text-brand-700 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
      >
        {row.name}
      </Link>
      <div className="text-xs text-slate-500">{row.reference}</div>
    </div>
  );
}

export function InstitutionCell({ value }: { value: QueueRow["institution"] }) {
  const { t } = useQueueCellText();
  return institutionLabel(t, value);
}

const STATUS_WORDS = { unemployed: "unemployed", retired: "retired" } as const;

export function EmployerCell({ row }: { row: QueueRow }) {
  const { t } = useQueueCellText();
  if (row.currentEmployer) {
    return (
      <span className="line-clamp-2 max-w-44 text-xs/5" title={row.currentEmployer}>
        {row.currentEmployer}
      </span>
    );
  }
  const status = row.employmentStatus;
  const word =
    status && Object.hasOwn(STATUS_WORDS, status)
      ? t(`cells.${STATUS_WORDS[status as keyof typeof STATUS_WORDS]}`)
      : undefined;
  return <span className={muted}>{word ?? "—"}</span>;
}

export function FlagBadges({ flags }: { flags: string[] }) {
  const { t, flag } = useQueueCellText();
  if (flags.length === 0) return <span className={muted}>{t("cells.noFlags")}</span>;
  return (
    <ul className="flex min-w-24 max-w-36 flex-wrap gap-1" aria-label={t("cells.flags")}>
      {flags.filter(isFlagCode).map((code) => {
        const { label, summary } = flag(code);
        return (
          <li key={code}>
            <Badge
              tone={flagTone(code)}
              title={summary}
              className="whitespace-nowrap"
              data-testid={`queue-flag-${code}`}
            >
              {label}
              <span className="sr-only">: {summary}</span>
            </Badge>
          </li>
        );
      })}
    </ul>
  );
}

/** How long the applicant has waited: "Hoy", "3 días", "1 año 2 meses". */
export function WaitingCell({ days }: { days: number }) {
  const { t, span } = useQueueCellText();
  return (
    <span className="whitespace-nowrap" data-testid="queue-waiting">
      {days === 0 ? t("cells.waitingToday") : span(days)}
    </span>
  );
}

export function MoneyCell({ amount }: { amount: string }) {
  return useQueueCellText().f.money(amount);
}

export function SpanCell({ days }: { days: number }) {
  return useQueueCellText().span(days);
}

export function NumberCell({ value }: { value: number }) {
  return useQueueCellText().f.number(value);
}

export function DayCell({ iso }: { iso: string | null }) {
  const { t, f } = useQueueCellText();
  if (iso === null) return <Muted>{t("cells.noRecords")}</Muted>;
  return (
    <span className="whitespace-nowrap">
      <time dateTime={iso}>{f.date(iso)}</time>
    </span>
  );
}

export function UnassignedCell() {
  const { t } = useQueueCellText();
  return <Muted>{t("cells.unassigned")}</Muted>;
}

export function Muted({ children }: { children: string }) {
  return <span className={muted}>{children}</span>;
}
