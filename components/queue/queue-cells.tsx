import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { QUEUE_FLAGS, type FlagCode } from "@/lib/queue/flags";
import type { QueueRow } from "@/lib/queue/list";

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

const STATUS_WORDS: Record<string, string> = { unemployed: "Not employed", retired: "Retired" };

export function EmployerCell({ row }: { row: QueueRow }) {
  if (row.currentEmployer) {
    return (
      <span className="line-clamp-2 max-w-44 text-xs/5" title={row.currentEmployer}>
        {row.currentEmployer}
      </span>
    );
  }
  const word = row.employmentStatus ? STATUS_WORDS[row.employmentStatus] : undefined;
  return <span className={muted}>{word ?? "—"}</span>;
}

export function FlagBadges({ flags }: { flags: string[] }) {
  if (flags.length === 0) return <span className={muted}>None</span>;
  return (
    <ul className="flex min-w-24 max-w-36 flex-wrap gap-1" aria-label="Flags">
      {flags.map((code) => {
        const flag = QUEUE_FLAGS[code as FlagCode];
        if (!flag) return null;
        return (
          <li key={code}>
            <Badge
              tone={flag.tone}
              title={flag.explanation}
              className="whitespace-nowrap"
              data-testid={`queue-flag-${code}`}
            >
              {flag.label}
              <span className="sr-only">: {flag.explanation}</span>
            </Badge>
          </li>
        );
      })}
    </ul>
  );
}

export function Muted({ children }: { children: string }) {
  return <span className={muted}>{children}</span>;
}
