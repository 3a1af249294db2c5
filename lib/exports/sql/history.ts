import "server-only";
import { employerLabel } from "@/lib/applicant/employer-label";
import { queueOrderBy } from "@/lib/queue/query";
import type { CopyExport } from "../csv-lines";
import { exportWhere, type ExportScope } from "../queue-export";
import { dayCell, employerCell, numberCell, textCell } from "./cells";
import { applicantOrderSql, applicantWhereSql } from "@/lib/queue/where-sql";

/**
 * The applicants of the scope in the queue's order, numbered (the file's progress counts them),
 * each with the jobs of their latest records only: older pulls are history, not current facts.
 */
function latestJobs(scope: ExportScope): string {
  return `(SELECT a.id, a.name, a.reference,
        row_number() OVER (ORDER BY ${applicantOrderSql(queueOrderBy(scope.state))}) AS n
      FROM applicants a WHERE ${applicantWhereSql(exportWhere(scope))}) a
    CROSS JOIN LATERAL (SELECT s.id FROM snapshots s WHERE s.applicant_id = a.id
      ORDER BY s.collected_at DESC, s.id DESC LIMIT 1) s
    JOIN snapshot_jobs j ON j.snapshot_id = s.id`;
}

// Employer labels that need JavaScript are the third cell of both files.
const EMPLOYER_CELL = 2;
const finish = new Map([[EMPLOYER_CELL, employerLabel]]);

/** One row per job (lib/exports/history-columns.ts JOB_EXPORT_COLUMNS). */
export function jobExportSql(scope: ExportScope): CopyExport {
  const select = `SELECT a.n, ${textCell("a.reference")}, ${textCell("a.name")},
      ${employerCell("j.employer")}, ${textCell("j.employer_id")}, ${textCell("j.state")},
      ${dayCell("j.start_date")}, ${dayCell("j.end_date")}, ${numberCell("j.weeks_employed")},
      ${numberCell("j.last_daily_salary")}, ${numberCell("j.monthly_salary")}
    FROM ${latestJobs(scope)}
    ORDER BY a.n, j.position`;
  return { select, finish, ordinal: true };
}

/** One row per salary movement (MOVEMENT_EXPORT_COLUMNS). */
export function movementExportSql(scope: ExportScope): CopyExport {
  const select = `SELECT a.n, ${textCell("a.reference")}, ${textCell("a.name")},
      ${employerCell("j.employer")}, ${textCell("m.event")}, ${dayCell("m.date")},
      ${numberCell("m.daily_salary")}
    FROM ${latestJobs(scope)}
    JOIN salary_movements m ON m.job_id = j.id
    ORDER BY a.n, j.position, m.position`;
  return { select, finish, ordinal: true };
}
