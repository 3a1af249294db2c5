"use client";

import { createContext, useContext, type ReactNode } from "react";
import { formatDate } from "@/lib/format";

// The organization's time zone for client components: the dashboard layout reads it on the server
// (getOrganizationSettings()) and provides it here, so a component deep in a client tree formats
// instants with `formatDateTime(iso, { timeZone: useTimeZone() })` without threading props.
const TimeZoneContext = createContext<string | null>(null);

export function TimeZoneProvider({
  timeZone,
  children,
}: {
  timeZone: string;
  children: ReactNode;
}) {
  return <TimeZoneContext value={timeZone}>{children}</TimeZoneContext>;
}

/** The organization's IANA time zone; only under a `TimeZoneProvider`, never a UTC fallback. */
export function useTimeZone(): string {
  const timeZone = useContext(TimeZoneContext);
  if (!timeZone) throw new Error("useTimeZone() needs a <TimeZoneProvider> above it");
  return timeZone;
}

/** The day an instant falls on in the organization's time zone, such as "17 nov 2026". */
export function ZonedDate({ iso, withoutYear }: { iso: string; withoutYear?: boolean }) {
  const timeZone = useTimeZone();
  return <time dateTime={iso}>{formatDate(iso, { timeZone, withoutYear })}</time>;
}
