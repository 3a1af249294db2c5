/**
 * The catalog keys (`applicant.movements.events.<key>`) of the `employment_status_updates[].event`
 * values Belvo documents. Anything else is shown by its raw name, so no movement is ever hidden
 * or renamed by guesswork.
 */
const EVENT_KEYS = {
  // IMSS
  HIRED: "hired",
  DISMISSED_RESIGNED: "dismissedResigned",
  SALARY_MODIFICATION: "salaryModification",
  VOLUNTARY_CONTRIBUTION: "voluntaryContribution",
  ABSENCE: "absence",
  SICK_LEAVE: "sickLeave",
  // ISSSTE
  NORMAL: "normal",
  BDUTA_CERTIFICATE: "bdutaCertificate",
  DYE_CERTIFICATE: "dyeCertificate",
} as const;

export type MovementEventKey = (typeof EVENT_KEYS)[keyof typeof EVENT_KEYS];

/** The movement's catalog key, or null when Belvo sent an event this page does not know. */
export function movementEventKey(event: string): MovementEventKey | null {
  const keys: Record<string, MovementEventKey> = EVENT_KEYS;
  return Object.hasOwn(keys, event) ? (keys[event] ?? null) : null;
}

/** How many movements of each event, in order of first appearance. */
export function movementEventCounts(events: readonly string[]): { event: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const event of events) counts.set(event, (counts.get(event) ?? 0) + 1);
  return [...counts].map(([event, count]) => ({ event, count }));
}
