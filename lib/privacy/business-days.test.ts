import { describe, expect, it } from "vitest";
import { addBusinessDays, businessDaysBetween, statutoryRestDays } from "./business-days";

const restDaysOf = (...years: number[]) =>
  new Set(years.flatMap((year) => statutoryRestDays(year).map((rest) => rest.day)));

describe("statutory rest days (LFT art. 74)", () => {
  it("moves the Monday holidays with the calendar", () => {
    expect(statutoryRestDays(2026).map((rest) => rest.day)).toEqual([
      "2026-01-01",
      "2026-02-02",
      "2026-03-16",
      "2026-05-01",
      "2026-09-16",
      "2026-11-16",
      "2026-12-25",
    ]);
    expect(statutoryRestDays(2025).map((rest) => rest.day)).toContain("2025-02-03");
    expect(statutoryRestDays(2025).map((rest) => rest.day)).toContain("2025-11-17");
  });

  it("adds 1 October in the years of a change of federal government only", () => {
    expect(statutoryRestDays(2030).map((rest) => rest.day)).toContain("2030-10-01");
    expect(statutoryRestDays(2024).map((rest) => rest.day)).toContain("2024-10-01");
    expect(statutoryRestDays(2026).map((rest) => rest.day)).not.toContain("2026-10-01");
  });
});

describe("addBusinessDays", () => {
  const rest = restDaysOf(2026, 2027);

  it("skips weekends: from a Friday, one business day is the Monday", () => {
    expect(addBusinessDays("2026-11-06", 1, new Set())).toBe("2026-11-09");
    expect(addBusinessDays("2026-11-07", 1, new Set())).toBe("2026-11-09");
    expect(addBusinessDays("2026-11-09", 5, new Set())).toBe("2026-11-16");
  });

  it("skips rest days: the third Monday of November 2026 is not counted", () => {
    expect(addBusinessDays("2026-11-13", 1, rest)).toBe("2026-11-17");
    // Received on 2 December 2026: 20 business days skip Christmas.
    expect(addBusinessDays("2026-12-02", 20, rest)).toBe("2026-12-31");
    expect(addBusinessDays("2026-12-02", 20, new Set())).toBe("2026-12-30");
    // Ten from 17 December skip Christmas and New Year's Day.
    expect(addBusinessDays("2026-12-17", 10, rest)).toBe("2027-01-04");
  });

  it("zero days is the day itself", () => {
    expect(addBusinessDays("2026-12-02", 0, rest)).toBe("2026-12-02");
  });
});

describe("businessDaysBetween", () => {
  const rest = restDaysOf(2026);

  it("counts business days left, and negative ones past the due date", () => {
    expect(businessDaysBetween("2026-11-13", "2026-11-17", rest)).toBe(1);
    expect(businessDaysBetween("2026-11-17", "2026-11-13", rest)).toBe(-1);
    expect(businessDaysBetween("2026-12-02", "2026-12-02", rest)).toBe(0);
    const due = addBusinessDays("2026-03-02", 15, rest);
    expect(businessDaysBetween("2026-03-02", due, rest)).toBe(15);
  });
});
