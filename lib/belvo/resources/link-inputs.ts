import type { PageFilters } from "../query";
import type { AccessMode, FetchResource } from "../types";

export interface CreateLinkInput {
  /** `imss_mx_employment`, `issste_mx_employment`, or `planet_mx_employment` in Belvo's sandbox. */
  institution: string;
  /** The applicant's CURP (Belvo's `username`). */
  curp: string;
  /** Optional email (Belvo's `username2`). */
  email?: string;
  /** IMSS needs none; Belvo's sandbox institution declares a hidden one. */
  password?: string;
  accessMode?: AccessMode;
  fetchResources?: readonly FetchResource[];
  /** Our own reference: 3+ characters of letters, digits, `-` and `_`; never personal data. */
  externalId?: string;
  /** `store`, `nostore` or `1d`…`365d`; recurrent links must use `store`. */
  credentialsStorage?: string;
  /** e.g. `90d`: Belvo deletes the data after this long without an update. */
  staleIn?: string;
}

export interface LinkFilters extends PageFilters {
  id?: string;
  idIn?: readonly string[];
  institution?: string;
  institutionIn?: readonly string[];
  accessMode?: AccessMode;
  status?: string;
  statusIn?: readonly string[];
  externalId?: string;
  externalIdIn?: readonly string[];
  institutionUserId?: string;
  institutionUserIdIn?: readonly string[];
  refreshRate?: string;
  createdAt?: string;
  createdAtGt?: string | Date;
  createdAtGte?: string | Date;
  createdAtLt?: string | Date;
  createdAtLte?: string | Date;
  createdAtRange?: readonly [string, string];
  createdByNotIn?: readonly string[];
}

export interface UpdateLinkInput {
  accessMode: AccessMode;
  fetchResources?: readonly FetchResource[];
}

export interface UpdateCredentialsInput {
  password?: string;
  password2?: string;
  token?: string;
  usernameType?: string;
}
