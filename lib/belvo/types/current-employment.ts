import type { DecimalText } from "./common";
import type { EntitlementStatus } from "./employment-record";

export interface CurrentEmployer {
  name: string | null;
  rfc: string | null;
  employerId: string | null;
  state: string | null;
  startDate: string | null;
  daysEmployed: number | null;
  dailySalary: DecimalText | null;
  monthlySalary: DecimalText | null;
  currency: string | null;
}

/** Provisional: Belvo marks Current Employments "coming soon"; see schemas/current-employment.ts. */
export interface CurrentEmploymentSnapshot {
  id: string;
  linkId: string | null;
  createdAt: string;
  collectedAt: string;
  /** Reported month, "YYYY-MM"; null when the person is not employed. */
  month: string | null;
  status: EntitlementStatus | null;
  officialName: string | null;
  birthDate: string | null;
  documents: { curp: string | null; nss: string | null; rfc: string | null };
  employers: CurrentEmployer[];
}
