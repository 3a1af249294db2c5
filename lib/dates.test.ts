import { describe, expect, it } from "vitest";
import { dayInZone, daysSince, isoWeekStart, lastIsoWeeks, startOfDayInZone } from "./dates";

const CDMX = "America/Mexico_City";

describe("ISO weeks", () => {
  it("starts each week on Monday in UTC, including at the edges of a Sunday", () => {
    expect(isoWeekStart(new Date("2026-11-23T00:00:00Z"), "UTC")).toBe("2026-11-23"); // Monday
    expect(isoWeekStart(new Date("2026-11-26T15:30:00Z"), "UTC")).toBe("2026-11-23"); // Thursday
    expect(isoWeekStart(new Date("2026-11-29T23:59:59.999Z"), "UTC")).toBe("2026-11-23"); // Sunday
    expect(isoWeekStart(new Date("2027-01-01T12:00:00Z"), "UTC")).toBe("2026-12-28"); // across a year
  });

  it("starts each week at midnight on Monday in the time zone", () => {
    // Sunday 22 November, 23:59:59 in Mexico City: still the week of the 16th.
    expect(isoWeekStart(new Date("2026-11-23T05:59:59.999Z"), CDMX)).toBe("2026-11-16");
    // Monday 23 November, 00:00 in Mexico City.
    expect(isoWeekStart(new Date("2026-11-23T06:00:00Z"), CDMX)).toBe("2026-11-23");
    // Sunday 29 November, 23:00 in Mexico City, when UTC is already in the next week.
    expect(isoWeekStart(new Date("2026-11-30T05:00:00Z"), CDMX)).toBe("2026-11-23");
    expect(isoWeekStart(new Date("2026-11-30T05:00:00Z"), "UTC")).toBe("2026-11-30");
    // East of UTC the week starts earlier: Monday 00:30 in Tokyo is Sunday in UTC.
    expect(isoWeekStart(new Date("2026-11-22T15:30:00Z"), "Asia/Tokyo")).toBe("2026-11-23");
  });

  it("lists the last weeks oldest first, ending with the current one", () => {
    expect(lastIsoWeeks(new Date("2026-11-26T10:00:00Z"), 3, "UTC")).toEqual([
      "2026-11-09",
      "2026-11-16",
      "2026-11-23",
    ]);
    expect(lastIsoWeeks(new Date("2026-03-02T10:00:00Z"), 2, "UTC")).toEqual([
      "2026-02-23",
      "2026-03-02",
    ]);
    expect(lastIsoWeeks(new Date("2026-11-30T05:00:00Z"), 2, CDMX)).toEqual([
      "2026-11-16",
      "2026-11-23",
    ]);
  });
});

describe("days in a time zone", () => {
  it("reads the day an instant falls on in the zone", () => {
    expect(dayInZone("2026-11-18T01:00:00Z", CDMX)).toBe("2026-11-17");
    expect(dayInZone("2026-11-18T06:00:00Z", CDMX)).toBe("2026-11-18");
    expect(dayInZone(new Date("2026-11-18T01:00:00Z"), "UTC")).toBe("2026-11-18");
  });

  it("finds the first instant of a day", () => {
    expect(startOfDayInZone("2026-11-17", CDMX).toISOString()).toBe("2026-11-17T06:00:00.000Z");
    expect(startOfDayInZone("2026-11-17", "UTC").toISOString()).toBe("2026-11-17T00:00:00.000Z");
    expect(startOfDayInZone("2026-11-17", "Asia/Kolkata").toISOString()).toBe(
      "2026-11-16T18:30:00.000Z",
    );
    // Summer time in Tijuana (UTC−7), then winter (UTC−8).
    expect(startOfDayInZone("2026-07-01", "America/Tijuana").toISOString()).toBe(
      "2026-07-01T07:00:00.000Z",
    );
    expect(startOfDayInZone("2026-12-01", "America/Tijuana").toISOString()).toBe(
      "2026-12-01T08:00:00.000Z",
    );
    // Santiago's clocks jump from 00:00 to 01:00 on 6 September 2026: that day starts at 01:00.
    expect(startOfDayInZone("2026-09-06", "America/Santiago").toISOString()).toBe(
      "2026-09-06T04:00:00.000Z",
    );
  });

  it("counts whole days up to today in the zone", () => {
    const start = new Date("2026-11-01T00:00:00Z"); // a stored calendar day
    expect(daysSince(start, new Date("2026-11-18T01:00:00Z"), CDMX)).toBe(16);
    expect(daysSince(start, new Date("2026-11-18T01:00:00Z"), "UTC")).toBe(17);
    expect(daysSince(start, new Date("2026-10-31T12:00:00Z"), CDMX)).toBe(0);
    expect(daysSince(null, new Date("2026-11-18T01:00:00Z"), CDMX)).toBeNull();
  });
});
