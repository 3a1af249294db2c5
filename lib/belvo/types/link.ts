import type { Open } from "./common";

export type AccessMode = "single" | "recurrent";
export type LinkStatus = Open<"valid" | "invalid" | "unconfirmed" | "token_required">;
export type FetchResource = Open<"OWNERS" | "EMPLOYMENT_RECORDS" | "EMPLOYMENT_METRICS">;

export interface BelvoLink {
  id: string;
  institution: string;
  accessMode: AccessMode | null;
  status: LinkStatus;
  refreshRate: string | null;
  createdBy: string | null;
  createdAt: string;
  lastAccessedAt: string | null;
  externalId: string | null;
  /** Same value for the same person at the same institution: our duplicate-link detector. */
  institutionUserId: string | null;
  credentialsStorage: string | null;
  staleIn: string | null;
  fetchResources: FetchResource[];
}
