import { describe, expect, it } from "vitest";
import { isoWeekStart, lastIsoWeeks } from "./dates";

describe("ISO weeks", () => {
  it("starts each week on Monday in UTC, including at the edges of a Sunday", () => {
    expect(isoWeekStart(new Date("2026-11-23T00:00:00Z"))).toBe("2026-11-23"); // Monday
    expect(isoWeekStart(new Date("2026-11-26T15:30:00Z"))).toBe("2026-11-23"); // Thursday
    expect(isoWeekStart(new Date("2026-11-29T23:59:59.999Z"))).toBe("2026-11-23"); // Sunday
    expect(isoWeekStart(new Date("2027-01-01T12:00:00Z"))).toBe("2026-12-28"); // across a year
  });

  it("lists the last weeks oldest first, ending with the current one", () => {
    expect(lastIsoWeeks(new Date("2026-11-26T10:00:00Z"), 3)).toEqual([
      "2026-11-09",
      "2026-11-16",
      "2026-11-23",
    ]);
    expect(lastIsoWeeks(new Date("2026-03-02T10:00:00Z"), 2)).toEqual(["2026-02-23", "2026-03-02"]);
  });
});
