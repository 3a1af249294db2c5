import { employerLabel } from "@/lib/applicant/employer-label";
import { isoDay } from "@/lib/dates";
import type { ExportColumn } from "./values";

/** One job of an applicant's latest records. */
export interface JobExportRow {
  reference: string;
  applicant: string;
  employer: string;
  employerId: string | null;
  state: string | null;
  startDate: Date;
  endDate: Date | null;
  weeksEmployed: number | null;
  lastDailySalary: string | null;
  monthlySalary: string | null;
}

/** One salary movement (alta, baja, modificación salarial…) of an applicant's latest records. */
export interface MovementExportRow {
  reference: string;
  applicant: string;
  employer: string;
  event: string;
  date: Date;
  dailySalary: string | null;
}

export const JOB_EXPORT_COLUMNS: readonly ExportColumn<JobExportRow>[] = [
  { id: "reference", value: (r) => r.reference },
  { id: "applicant", value: (r) => r.applicant },
  { id: "employer", value: (r) => employerLabel(r.employer) },
  { id: "employerId", value: (r) => r.employerId },
  { id: "state", value: (r) => r.state },
  { id: "startDate", value: (r) => isoDay(r.startDate) },
  { id: "endDate", value: (r) => isoDay(r.endDate) },
  { id: "weeksEmployed", value: (r) => r.weeksEmployed },
  { id: "lastDailySalary", value: (r) => r.lastDailySalary },
  { id: "monthlySalary", value: (r) => r.monthlySalary },
];

export const MOVEMENT_EXPORT_COLUMNS: readonly ExportColumn<MovementExportRow>[] = [
  { id: "reference", value: (r) => r.reference },
  { id: "applicant", value: (r) => r.applicant },
  { id: "employer", value: (r) => employerLabel(r.employer) },
  { id: "event", value: (r) => r.event },
  { id: "date", value: (r) => isoDay(r.date) },
  { id: "dailySalary", value: (r) => r.dailySalary },
];
