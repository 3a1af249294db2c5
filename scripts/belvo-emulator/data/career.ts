import type { Employer } from "./employers";

export type Sector = "imss" | "issste";

export type StatusEvent =
  | "HIRED"
  | "DISMISSED_RESIGNED"
  | "SALARY_MODIFICATION"
  | "VOLUNTARY_CONTRIBUTION"
  | "ABSENCE"
  | "SICK_LEAVE"
  | "NORMAL"
  | "BDUTA_CERTIFICATE"
  | "DYE_CERTIFICATE";

/** The IMSS movements that record an incidence rather than a salary change. */
export type Incidence = Extract<StatusEvent, "VOLUNTARY_CONTRIBUTION" | "ABSENCE" | "SICK_LEAVE">;

export type SalaryEvent = { event: StatusEvent; date: string; salary: number };

/** A job as planned over the whole timeline; what the institution reports is cut at "today". */
export type PlannedJob = {
  employer: Employer;
  start: string;
  /** Planned last day; null or a future date means the job is open today. */
  end: string | null;
  events: SalaryEvent[];
};

export type Career = {
  sector: Sector;
  jobs: PlannedJob[];
  weeksRedeemed: number;
  weeksReinstated: number;
  /** Date of retirement (pension); the person shows as RETIRED from then on. */
  retiredOn: string | null;
};

export type Person = {
  curp: string;
  firstName: string;
  lastName: string;
  officialName: string;
  birthDate: string | null;
  birthYear: number;
  email: string | null;
  nss: string;
  rfc: string;
  career: Career;
};
