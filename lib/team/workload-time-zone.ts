import { FORMAT_LOCALE, type Locale } from "@/lib/i18n/locales";

function zoneName(timeZone: string, locale: string, style: "longGeneric" | "long") {
  return new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: style })
    .formatToParts(new Date(0))
    .find((part) => part.type === "timeZoneName")?.value;
}

/**
 * A time zone as a reader names it, in their language, with the IANA id's city so that zones
 * sharing a name stay apart: "hora estándar central (Mexico City)", "Pacific Time (Tijuana)".
 * Zones without a city ("UTC") read by their name alone; an unknown zone reads as its id.
 */
export function timeZoneLabel(timeZone: string, locale: Locale): string {
  const tag = FORMAT_LOCALE[locale];
  try {
    const generic = zoneName(timeZone, tag, "longGeneric");
    // Without a name of its own, Intl writes an offset ("GMT+00:00"): the long name reads better.
    const name = generic && !/^GMT/.test(generic) ? generic : zoneName(timeZone, tag, "long");
    if (!name) return timeZone;
    const city = timeZone.includes("/") ? timeZone.split("/").at(-1)!.replaceAll("_", " ") : null;
    return city ? `${name} (${city})` : name;
  } catch {
    return timeZone;
  }
}
