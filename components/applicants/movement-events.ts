/**
 * Readable names for the `employment_status_updates[].event` values Belvo documents. Anything
 * else is shown by its raw name, so no movement is ever hidden or renamed by guesswork.
 */
const EVENT_NAMES = new Map<string, string>(
  Object.entries({
    // IMSS
    HIRED: "Hired",
    DISMISSED_RESIGNED: "Left (dismissed or resigned)",
    SALARY_MODIFICATION: "Salary change",
    VOLUNTARY_CONTRIBUTION: "Voluntary contribution",
    ABSENCE: "Absence",
    SICK_LEAVE: "Sick leave",
    // ISSSTE
    NORMAL: "Regular record",
    BDUTA_CERTIFICATE: "BDUTA certificate",
    DYE_CERTIFICATE: "DYE certificate",
  }),
);

/** The movement's readable name, or null when Belvo sent an event this page does not know. */
export function movementEventName(event: string): string | null {
  return EVENT_NAMES.get(event) ?? null;
}

/** How many movements of each event, in order of first appearance: "Hired ×3, Absence ×1". */
export function movementEventCounts(events: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const event of events) counts.set(event, (counts.get(event) ?? 0) + 1);
  return [...counts]
    .map(([event, count]) => `${movementEventName(event) ?? event} ×${count}`)
    .join(", ");
}
