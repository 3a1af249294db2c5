export type ConnectStep = "link" | "records" | "current_employment" | "saving";

/**
 * The steps of a direct connection as the browser shows them; `key` names the step's words in
 * `connect.progress.steps`.
 */
export const CONNECT_STEPS = [
  { id: "link", key: "link" },
  { id: "records", key: "records" },
  { id: "current_employment", key: "currentEmployment" },
  { id: "saving", key: "saving" },
] as const satisfies readonly { id: ConnectStep; key: string }[];
