import type { EmploymentRecordBody } from "./data/employment-record";
import type { CurrentEmploymentBody } from "./data/current-employment";
import type { EmploymentMetricBody } from "./data/employment-metrics";
import type { InstitutionName } from "./personas";

export type LinkBody = {
  id: string;
  institution: InstitutionName;
  access_mode: "single" | "recurrent";
  status: "valid" | "invalid" | "unconfirmed" | "token_required";
  refresh_rate: "7d" | null;
  created_by: string;
  last_accessed_at: string | null;
  created_at: string;
  external_id: string | null;
  institution_user_id: string;
  credentials_storage: string;
  stale_in: string | null;
  fetch_resources: string[];
};

/** What the emulator keeps about a link beyond Belvo's public object. */
export type StoredLink = {
  body: LinkBody;
  curp: string;
  email: string | null;
  credentialsRenewedAt: string | null;
};

/** `token_required` (428) is extra: IMSS and ISSSTE have no MFA, so only a fault can produce it. */
export type FaultKind =
  | "latency"
  | "rate_limit"
  | "server_error"
  | "timeout"
  | "malformed"
  | "institution_down"
  | "token_required";
export type Fault = {
  id: string;
  kind: FaultKind;
  ms: number;
  remaining: number;
  path: string | null;
};

export type WebhookAttempt = {
  webhook_id: string;
  attempt: number;
  at: string;
  url: string;
  status: number | null;
  error: string | null;
  delivered: boolean;
  payload: Record<string, unknown>;
};

export type TokenSession = {
  jti: string;
  expiresAt: string;
  used: boolean;
  linkId: string | null;
  externalId: string | null;
  fetchResources: string[];
  credentialsStorage: string | null;
  staleIn: string | null;
  callbackUrls: { success?: string; exit?: string; event?: string } | null;
  companyName: string | null;
};

export type EmulatorState = {
  version: 1;
  /** Fixed emulator time (ISO), or null to follow the real clock. */
  frozenAt: string | null;
  links: Record<string, StoredLink>;
  records: Record<string, EmploymentRecordBody>;
  currentEmployments: Record<string, CurrentEmploymentBody>;
  metrics: Record<string, EmploymentMetricBody>;
  /** Institution queries per `institution:CURP`, as ISO times, for the 3-per-24-h IMSS limit. */
  queries: Record<string, string[]>;
  /** Day the emulator first saw each CURP: personas' histories are placed around it. */
  firstSeen: Record<string, string>;
  deletions: string[];
  webhookLog: WebhookAttempt[];
  tokens: Record<string, TokenSession>;
  faults: Fault[];
  webhook: { url: string | null; authorization: string | null };
};

export function emptyState(): EmulatorState {
  return {
    version: 1,
    frozenAt: null,
    links: {},
    records: {},
    currentEmployments: {},
    metrics: {},
    queries: {},
    firstSeen: {},
    deletions: [],
    webhookLog: [],
    tokens: {},
    faults: [],
    webhook: { url: null, authorization: null },
  };
}
