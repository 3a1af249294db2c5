export type ConnectStep = "link" | "records" | "current_employment" | "saving";

/** The steps of a direct connection as the browser shows them. */
export const CONNECT_STEPS: readonly { id: ConnectStep; label: string }[] = [
  { id: "link", label: "Signing in to {institution} through Belvo" },
  { id: "records", label: "Extracting the employment records" },
  { id: "current_employment", label: "Reading the current employment" },
  { id: "saving", label: "Saving to Cotiza" },
];
