import type { Persona } from "./types";

export const ERROR_PERSONAS = {
  curpNotFound: {
    curp: "XOBN930618HOCLTS04",
    institution: "imss_mx_employment",
    description: "CURP not found in RENAPO: 400 login_error",
    firstName: "Néstor",
    lastName: "Xolalpa Bautista",
    email: null,
    behaviour: "curp_not_found",
  },
  nssMismatch: {
    curp: "JUKI950909MYNRRT09",
    institution: "imss_mx_employment",
    description: "NSS does not match the CURP: 400 invalid_credentials",
    firstName: "Itzel",
    lastName: "Juárez Kuri",
    email: null,
    behaviour: "nss_mismatch",
  },
  slow: {
    curp: "MUNO871010HSRXVS07",
    institution: "imss_mx_employment",
    description:
      "Slow extraction: each retrieval takes the configured delay (default 20 s), then succeeds",
    firstName: "Óscar",
    lastName: "Muñoz Navarro",
    email: null,
    behaviour: "slow",
  },
  timeout: {
    curp: "WOFK920229MBCNNR00",
    institution: "imss_mx_employment",
    description:
      "Extraction timeout: each retrieval waits the configured delay, then 408 request_timeout",
    firstName: "Karla",
    lastName: "Wong Fuentes",
    email: null,
    behaviour: "timeout",
  },
  institutionDown: {
    curp: "EIVT840303HQTSGM06",
    institution: "imss_mx_employment",
    description: "Institution down: 400 institution_down on every query",
    firstName: "Tomás",
    lastName: "Espinoza Vega",
    email: null,
    behaviour: "institution_down",
  },
  dailyLimit: {
    curp: "QURS991224MDFNVF06",
    institution: "imss_mx_employment",
    description: "Already spent today's 3 IMSS queries: 403 forbidden_by_host",
    firstName: "Sofía",
    lastName: "Quintero Rivera",
    email: null,
    behaviour: "daily_limit_exhausted",
  },
  credentialsInvalidated: {
    curp: "OOMI910515HJCCNV05",
    institution: "imss_mx_employment",
    description:
      "Recurrent-link demo: the next refresh invalidates the link (LINK/invalid_credentials)",
    firstName: "Iván",
    lastName: "Ochoa Mendoza",
    email: null,
    behaviour: "credentials_invalidated_on_refresh",
  },
} as const satisfies Record<string, Persona>;
