import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatMXN,
  formatNumber,
  formatPercent,
  formatDateTime,
  spanParts,
} from "./format";

const CDMX = "America/Mexico_City";

describe("formatMXN", () => {
  it("writes pesos with cents in es-MX", () => {
    expect(formatMXN("1234.5")).toBe("$1,234.50");
    expect(formatMXN("762.54")).toBe("$762.54");
    expect(formatMXN(0)).toBe("$0.00");
    expect(formatMXN("-762.54")).toBe("-$762.54");
  });

  it("formats decimal text exactly, beyond what a float can hold", () => {
    // 9,007,199,254,740,993 is 2^53 + 1: as a number it would print as …992.
    expect(formatMXN("9007199254740993.01")).toBe("$9,007,199,254,740,993.01");
  });

  it("follows the locale it is given", () => {
    expect(formatMXN("1234.5", { locale: "en-US" })).toBe("MX$1,234.50");
  });
});

describe("formatDate", () => {
  it("writes an unambiguous es-MX day", () => {
    expect(formatDate("2024-03-14")).toBe("14 mar 2024");
    expect(formatDate("2025-01-01")).toBe("1 ene 2025");
    expect(formatDate("2024-02-29")).toBe("29 feb 2024");
  });

  it("reads a timestamp as its day in the time zone it is given", () => {
    expect(formatDate("2024-03-14T23:30:00-06:00", { timeZone: CDMX })).toBe("14 mar 2024");
    expect(formatDate("2024-03-14T23:30:00-06:00", { timeZone: "UTC" })).toBe("15 mar 2024");
    expect(formatDate("2024-03-14T00:00:00Z", { timeZone: "UTC" })).toBe("14 mar 2024");
  });

  it("keeps the day across UTC midnight until midnight in the zone", () => {
    // 19:00 on 17 November in Mexico City is already the 18th in UTC.
    expect(formatDate("2026-11-18T01:00:00Z", { timeZone: CDMX })).toBe("17 nov 2026");
    expect(formatDate("2026-11-18T05:59:59.999Z", { timeZone: CDMX })).toBe("17 nov 2026");
    expect(formatDate("2026-11-18T06:00:00Z", { timeZone: CDMX })).toBe("18 nov 2026");
    expect(formatDate("2026-11-18T01:00:00Z", { timeZone: CDMX, withoutYear: true })).toBe(
      "17 nov",
    );
  });

  it("shows a calendar day as it is, whatever the zone", () => {
    expect(formatDate("2026-11-18", { timeZone: CDMX })).toBe("18 nov 2026");
    expect(formatDate("2026-11-18", { timeZone: "Pacific/Kiritimati" })).toBe("18 nov 2026");
  });

  it("refuses a timestamp without a time zone rather than guess UTC", () => {
    expect(() => formatDate("2026-11-18T01:00:00Z")).toThrow(/time zone/);
  });

  it("follows the locale and rejects what is not a date", () => {
    expect(formatDate("2024-03-14", { locale: "en-US" })).toBe("Mar 14, 2024");
    expect(formatDate("2024-03-14", { withoutYear: true })).toBe("14 mar");
    expect(() => formatDate("14/03/2024")).toThrow(RangeError);
    expect(() => formatDate("03/14/2024", { timeZone: CDMX })).toThrow(RangeError);
    expect(() => formatDate("2024-02-30")).toThrow(RangeError);
  });
});

describe("formatNumber and formatPercent", () => {
  it("groups digits in es-MX", () => {
    expect(formatNumber(1234567)).toBe("1,234,567");
    expect(formatNumber(1234.567, { maximumFractionDigits: 2 })).toBe("1,234.57");
  });

  it("writes ratios as percentages, signed on request", () => {
    expect(formatPercent(0.053)).toBe("5.3%");
    expect(formatPercent(0.05)).toBe("5%");
    expect(formatPercent(0.1, { signed: true })).toBe("+10%");
    expect(formatPercent(-0.1, { signed: true })).toBe("-10%");
    expect(formatPercent(0, { signed: true })).toBe("0%");
  });
});

describe("formatDateTime", () => {
  it("shows the time in the zone on a 24-hour clock, with the zone's offset", () => {
    expect(formatDateTime("2026-11-26T08:05:00Z", { timeZone: CDMX })).toBe(
      "26 nov 2026, 02:05 GMT-6",
    );
    expect(formatDateTime("2026-11-26T20:30:00Z", { timeZone: CDMX })).toBe(
      "26 nov 2026, 14:30 GMT-6",
    );
    expect(formatDateTime("2026-11-26T08:05:00Z", { timeZone: "UTC" })).toBe(
      "26 nov 2026, 08:05 GMT+0",
    );
  });

  it("puts an evening in Mexico City on its own day, not UTC's", () => {
    expect(formatDateTime("2026-11-18T01:00:00Z", { timeZone: CDMX })).toBe(
      "17 nov 2026, 19:00 GMT-6",
    );
  });

  it("shows each zone's own offset, summer time included", () => {
    expect(formatDateTime("2026-07-01T12:00:00Z", { timeZone: "America/Tijuana" })).toBe(
      "1 jul 2026, 05:00 GMT-7",
    );
    expect(formatDateTime("2026-12-01T12:00:00Z", { timeZone: "America/Tijuana" })).toBe(
      "1 dic 2026, 04:00 GMT-8",
    );
  });

  it("follows the locale and rejects what is not a timestamp", () => {
    expect(formatDateTime("2026-11-26T08:05:00Z", { timeZone: CDMX, locale: "en-US" })).toBe(
      "Nov 26, 2026, 02:05 GMT-6",
    );
    expect(() => formatDateTime("not a date", { timeZone: CDMX })).toThrow(RangeError);
  });
});

describe("spanParts", () => {
  it("splits a span into whole years and months, or days under a month", () => {
    expect(spanParts(0)).toEqual({ years: 0, months: 0, days: 0 });
    expect(spanParts(30)).toEqual({ years: 0, months: 0, days: 30 }); // a month is 30.44 days
    expect(spanParts(31)).toEqual({ years: 0, months: 1, days: 0 });
    expect(spanParts(365)).toEqual({ years: 0, months: 11, days: 0 }); // 365 ÷ 30.4375 = 11.99
    expect(spanParts(366)).toEqual({ years: 1, months: 0, days: 0 });
    expect(spanParts(2496)).toEqual({ years: 6, months: 10, days: 0 }); // 82.0 months
  });
});
