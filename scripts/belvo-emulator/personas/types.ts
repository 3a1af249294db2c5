import type { Incidence, Sector } from "../data/career";

export type InstitutionName =
  "planet_mx_employment" | "imss_mx_employment" | "issste_mx_employment";

/** How the emulated institution answers for a persona, beyond returning its history. */
export type PersonaBehaviour =
  | "data"
  | "curp_not_found"
  | "nss_mismatch"
  | "slow"
  | "timeout"
  | "institution_down"
  | "daily_limit_exhausted"
  | "credentials_invalidated_on_refresh";

/** A job placed in days relative to the day the emulator first saw the persona's CURP. */
export type PersonaJob = {
  employer?: string;
  /**
   * An explicit IMSS registro patronal (a letter, nine digits and the NSS-style check digit), so
   * several personas work for one employer. Needs `employer`: the same registro always prints the
   * same name (and gets the same company RFC). IMSS only.
   */
  employerId?: string;
  state?: string;
  from: number;
  /** Last day, relative; omitted for a job that is still open. */
  to?: number;
  /** Starting daily salary as a multiple of that day's typical SBC (kept within minimum wage and 25 UMA). */
  level: number;
  /**
   * A dated raise (or, with a negative fraction, a cut). After the anchor, a later refresh reports
   * it as a change; before it, it is part of the history from the first query.
   */
  raise?: { at: number; fraction: number };
  /**
   * Dated incidences that leave the salary as it is (a Modalidad 40 voluntary contribution, a sick
   * leave, an absence), on top of the random ones every job gets. Like `raise`, one dated after the
   * anchor shows up on a later refresh.
   */
  events?: readonly { at: number; event: Incidence }[];
};

export type PersonaCareer = {
  sector: Sector;
  jobs: readonly PersonaJob[];
  weeksRedeemed?: number;
  weeksReinstated?: number;
  retiredAt?: number;
};

export type Persona = {
  curp: string;
  /** The institution the persona is meant to be queried at. */
  institution: InstitutionName;
  description: string;
  firstName: string;
  lastName: string;
  email: string | null;
  /**
   * An explicit NSS (11 digits, check digit included) instead of the one derived from the CURP,
   * e.g. to put one NSS under two CURPs.
   */
  nss?: string;
  behaviour: PersonaBehaviour;
  /** Omitted: the history is generated from the CURP like any other one. */
  career?: PersonaCareer;
};
