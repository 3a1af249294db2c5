import type { DecimalText, Open } from "./common";

export type EntitlementStatus = Open<"EMPLOYED" | "UNEMPLOYED" | "RETIRED">;

export interface PersonalData {
  officialName: string | null;
  firstName: string | null;
  lastName: string | null;
  birthDate: string | null;
  email: string | null;
  entitlementStatus: EntitlementStatus | null;
  entitledToHealthInsurance: boolean | null;
  entitledToCompanyBenefits: boolean | null;
  entitlementValidUntil: string | null;
  documents: { curp: string | null; nss: string | null; rfc: string | null };
}

export interface SocialSecuritySummary {
  weeksContributed: number | null;
  weeksRedeemed: number | null;
  weeksReinstated: number | null;
}

/** IMSS: HIRED … SICK_LEAVE; ISSSTE: NORMAL, BDUTA_CERTIFICATE, DYE_CERTIFICATE. */
export type MovementEvent = Open<
  | "HIRED"
  | "DISMISSED_RESIGNED"
  | "SALARY_MODIFICATION"
  | "VOLUNTARY_CONTRIBUTION"
  | "ABSENCE"
  | "SICK_LEAVE"
  | "NORMAL"
  | "BDUTA_CERTIFICATE"
  | "DYE_CERTIFICATE"
>;

export interface JobMovement {
  event: MovementEvent;
  /** Daily base salary as of `date`. */
  dailySalary: DecimalText | null;
  date: string;
}

export interface EmploymentJob {
  /** For ISSSTE: "entity;managing entity", kept as Belvo sends it. */
  employer: string;
  /** IMSS registro patronal; null for ISSSTE. */
  employerId: string | null;
  state: string | null;
  startDate: string;
  /** Null while the job is current. */
  endDate: string | null;
  weeksEmployed: number | null;
  mostRecentDailySalary: DecimalText | null;
  monthlySalary: DecimalText | null;
  currency: string;
  movements: JobMovement[];
}

export interface EmploymentScore {
  /** Months ahead the score covers: 3, 6 or 12. */
  period: number;
  /** 300–900; null when there is no employment history. */
  score: number | null;
  version: string | null;
}

export interface EmploymentRecordFile {
  /** e.g. "ReporteSemanasCotizadas_190123". */
  title: string;
  /** The IMSS PDF as Belvo sends it; null in Belvo's sandbox. */
  content: string | null;
}

export interface EmploymentRecordSnapshot {
  id: string;
  linkId: string;
  createdAt: string;
  collectedAt: string;
  reportDate: string | null;
  personalData: PersonalData;
  /** Null for ISSSTE. */
  socialSecuritySummary: SocialSecuritySummary | null;
  jobs: EmploymentJob[];
  /** Null for ISSSTE and for records retrieved before Belvo added scores. */
  scores: EmploymentScore[] | null;
  files: EmploymentRecordFile[];
}
