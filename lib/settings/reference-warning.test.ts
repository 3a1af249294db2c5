import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { messagesFor } from "@/lib/i18n/catalog";
import type { Locale } from "@/lib/i18n/locales";
import { missingReferenceWarning, type ReferenceWarning } from "./reference-warning";
import { MEXICO_TIME_ZONES, timeZoneChoices } from "./time-zones";

const years = [
  { year: 2026, umaDaily: 117.31 },
  { year: 2027, umaDaily: 121.9 },
];

/** The warning as Settings words it. */
function words(warning: ReferenceWarning | null, locale: Locale = "en") {
  if (!warning) return null;
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "settings" });
  return t(`reference.warning.${warning.message}`, { year: String(warning.year) });
}

describe("the missing reference values warning", () => {
  it("warns when the current year in the organization's zone has no values", () => {
    const newYearUtc = new Date("2028-01-01T03:00:00Z");
    // Still 31 December 2027 in Mexico City, a year with values.
    expect(missingReferenceWarning(years, newYearUtc, "America/Mexico_City")).toBeNull();
    expect(words(missingReferenceWarning(years, newYearUtc, "UTC"))).toBe(
      "No reference values for 2028 yet: salary ceilings for 2028 movements are not checked.",
    );
    expect(words(missingReferenceWarning(years, newYearUtc, "UTC"), "es")).toBe(
      "Aún no hay valores de referencia para 2028: no se verifican los topes salariales de los movimientos de 2028.",
    );
  });

  it("warns from February when the current year has no UMA", () => {
    const years = [
      { year: 2026, umaDaily: 117.31 },
      { year: 2027, umaDaily: null },
    ];
    expect(
      missingReferenceWarning(years, new Date("2027-01-31T12:00:00Z"), "America/Mexico_City"),
    ).toBeNull();
    expect(
      words(
        missingReferenceWarning(years, new Date("2027-02-01T12:00:00Z"), "America/Mexico_City"),
      ),
    ).toBe(
      "No UMA for 2027 yet: salary ceilings for movements from February 2027 are not checked.",
    );
    expect(
      missingReferenceWarning(years, new Date("2026-06-01T12:00:00Z"), "America/Mexico_City"),
    ).toBeNull();
  });
});

describe("the time zone choices", () => {
  it("lists Mexico's zones first, then the others once each", () => {
    const choices = timeZoneChoices("America/Mexico_City", [
      "America/Bogota",
      "America/Mexico_City",
      "Europe/Madrid",
    ]);
    expect(choices.mexico).toEqual([...MEXICO_TIME_ZONES]);
    expect(choices.others).toEqual(["America/Bogota", "Europe/Madrid"]);
    expect(timeZoneChoices("UTC", ["Europe/Madrid"]).others).toEqual(["UTC", "Europe/Madrid"]);
    expect(timeZoneChoices("America/Tijuana").others).not.toContain("America/Tijuana");
    expect(timeZoneChoices("America/Tijuana").others.length).toBeGreaterThan(300);
  });
});
