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
  { id: "reference", header: "Reference", value: (r) => r.reference },
  { id: "applicant", header: "Applicant", value: (r) => r.applicant },
  { id: "employer", header: "Employer", value: (r) => employerLabel(r.employer) },
  { id: "employerId", header: "Registro patronal", value: (r) => r.employerId },
  { id: "state", header: "State", value: (r) => r.state },
  { id: "startDate", header: "Start", value: (r) => isoDay(r.startDate) },
  { id: "endDate", header: "End", value: (r) => isoDay(r.endDate) },
  { id: "weeksEmployed", header: "Weeks", value: (r) => r.weeksEmployed },
  { id: "lastDailySalary", header: "Last daily salary (MXN)", value: (r) => r.lastDailySalary },
  { id: "monthlySalary", header: "Monthly salary (MXN)", value: (r) => r.monthlySalary },
];

export const MOVEMENT_EXPORT_COLUMNS: readonly ExportColumn<MovementExportRow>[] = [
  { id: "reference", header: "Reference", value: (r) => r.reference },
  { id: "applicant", header: "Applicant", value: (r) => r.applicant },
  { id: "employer", header: "Employer", value: (r) => employerLabel(r.employer) },
  { id: "event", header: "Event", value: (r) => r.event },
  { id: "date", header: "Date", value: (r) => isoDay(r.date) },
  { id: "dailySalary", header: "Daily salary (MXN)", value: (r) => r.dailySalary },
];
