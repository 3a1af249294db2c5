"use client";

import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { useFormat } from "@/components/shell/use-format";
import { jobDays } from "@/lib/dates";
import type { SnapshotView } from "@/lib/applicant/snapshot-view";
import { EmployerName } from "./employer-name";
import { MovementsTable } from "./movements-table";

type Job = SnapshotView["jobs"][number];
type SortKey = "employer" | "state" | "start" | "end" | "duration" | "weeks" | "daily" | "monthly";
type Sort = { key: SortKey; direction: "asc" | "desc" };

const num = (text: string | null) => (text === null ? null : Number(text));

function sortValue(job: Job, key: SortKey, asOf: string): string | number | null {
  switch (key) {
    case "employer":
      return job.employer;
    case "state":
      return job.state;
    case "start":
      return job.startDate;
    case "end":
      return job.endDate ?? "9999-12-31";
    case "duration":
      return jobDays(job, asOf);
    case "weeks":
      return job.weeksEmployed;
    case "daily":
      return num(job.mostRecentDailySalary);
    case "monthly":
      return num(job.monthlySalary);
  }
}

function compare(a: string | number | null, b: string | number | null): number {
  if (a === null) return b === null ? 0 : 1;
  if (b === null) return -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a).localeCompare(String(b), "es-MX");
}

// `label` is the column's key in `applicant.jobs.columns`.
const COLUMNS: { key: SortKey | null; label: SortKey | "employerId"; numeric?: boolean }[] = [
  { key: "employer", label: "employer" },
  { key: null, label: "employerId" },
  { key: "state", label: "state" },
  { key: "start", label: "start" },
  { key: "end", label: "end" },
  { key: "duration", label: "duration", numeric: true },
  { key: "weeks", label: "weeks", numeric: true },
  { key: "daily", label: "daily", numeric: true },
  { key: "monthly", label: "monthly", numeric: true },
];

/**
 * The employers of one snapshot, sortable by any column (also the charts' text alternative), and
 * below them every movement of those employers.
 */
export function JobsTable({ jobs, asOf }: { jobs: readonly Job[]; asOf: string }) {
  const t = useTranslations("applicant.jobs");
  const f = useFormat();
  const [sort, setSort] = useState<Sort>({ key: "start", direction: "desc" });
  const rows = useMemo(() => {
    const sorted = [...jobs].sort((a, b) =>
      compare(sortValue(a, sort.key, asOf), sortValue(b, sort.key, asOf)),
    );
    return sort.direction === "asc" ? sorted : sorted.reverse();
  }, [jobs, sort, asOf]);

  if (jobs.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  const toggle = (key: SortKey) =>
    setSort((current) =>
      current.key === key
        ? { key, direction: current.direction === "asc" ? "desc" : "asc" }
        : { key, direction: "asc" },
    );
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full text-sm" data-testid="jobs-table">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="text-left text-xs font-medium tracking-wide text-slate-600 uppercase">
          <tr>
            {COLUMNS.map((column) => (
              <th
                key={column.label}
                scope="col"
                className={`py-2 pr-4 ${column.numeric ? "text-right" : ""}`}
                aria-sort={
                  column.key && sort.key === column.key
                    ? sort.direction === "asc"
                      ? "ascending"
                      : "descending"
                    : undefined
                }
              >
                {column.key ? (
                  <button
                    type="button"
                    onClick={() => toggle(column.key as SortKey)}
                    className="inline-flex items-center gap-1 uppercase hover:text-slate-900"
                    data-testid={`sort-${column.key}`}
                  >
                    {t(`columns.${column.label}`)}
                    <span aria-hidden>
                      {sort.key === column.key ? (sort.direction === "asc" ? "▲" : "▼") : "↕"}
                    </span>
                  </button>
                ) : (
                  t(`columns.${column.label}`)
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((job) => (
            <tr key={`${job.employerId ?? job.employer}-${job.startDate}`}>
              <td className="py-2 pr-4">
                <EmployerName employer={job.employer} />
              </td>
              <td className="py-2 pr-4 font-mono text-xs">{job.employerId ?? "—"}</td>
              <td className="py-2 pr-4">{job.state ?? "—"}</td>
              <td className="py-2 pr-4 whitespace-nowrap">{f.date(job.startDate)}</td>
              <td className="py-2 pr-4 whitespace-nowrap">
                {job.endDate ? f.date(job.endDate) : t("current")}
              </td>
              <td className="py-2 pr-4 text-right whitespace-nowrap">
                {f.span(jobDays(job, asOf))}
              </td>
              <td className="py-2 pr-4 text-right">{job.weeksEmployed ?? "—"}</td>
              <td className="py-2 pr-4 text-right">
                {job.mostRecentDailySalary ? f.money(job.mostRecentDailySalary) : "—"}
              </td>
              <td className="py-2 text-right" data-testid="job-monthly">
                {job.monthlySalary ? f.money(job.monthlySalary) : "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <MovementsTable jobs={jobs} />
    </div>
  );
}
