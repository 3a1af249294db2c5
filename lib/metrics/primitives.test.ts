import { describe, expect, it } from "vitest";
import { addMonths, dayOfInstant, fromDay, toDay, weeksIn } from "@/lib/dates";
import { divideRounded, fromCents, toCents } from "./cents";
import { capCentsOn } from "./current-jobs";
import { employerKey, mergeRanges } from "./intervals";

const shift = (iso: string, months: number) => fromDay(addMonths(toDay(iso), months));

describe("calendar days", () => {
  it("counts days in UTC, leap days included", () => {
    expect(toDay("1970-01-02")).toBe(1);
    expect(toDay("2024-03-01") - toDay("2024-02-28")).toBe(2);
    expect(toDay("2025-03-01") - toDay("2025-02-28")).toBe(1);
    expect(fromDay(toDay("2024-02-29"))).toBe("2024-02-29");
  });

  it("rejects what is not a real YYYY-MM-DD day", () => {
    expect(() => toDay("2025-02-29")).toThrow(RangeError);
    expect(() => toDay("2025-6-30")).toThrow(RangeError);
    expect(() => toDay("2025-06-30T00:00:00Z")).toThrow(RangeError);
  });

  it("moves by calendar months, clamping to the month's end", () => {
    expect(shift("2025-06-30", -12)).toBe("2024-06-30");
    expect(shift("2024-08-31", -6)).toBe("2024-02-29");
    expect(shift("2025-08-31", -6)).toBe("2025-02-28");
    expect(shift("2024-02-29", 12)).toBe("2025-02-28");
    expect(shift("2025-01-31", 1)).toBe("2025-02-28");
    expect(shift("2025-11-15", 3)).toBe("2026-02-15");
  });

  it("takes the UTC day of a timestamp", () => {
    expect(fromDay(dayOfInstant("2024-03-14T23:30:00-06:00"))).toBe("2024-03-15");
    expect(fromDay(dayOfInstant("2024-03-14"))).toBe("2024-03-14");
  });

  it("counts whole weeks only", () => {
    expect([weeksIn(0), weeksIn(6), weeksIn(7), weeksIn(13), weeksIn(14)]).toEqual([0, 0, 1, 1, 2]);
  });
});

describe("cents", () => {
  it("reads decimal text exactly", () => {
    expect(toCents("762.54")).toBe(76254);
    expect(toCents("762.5")).toBe(76250);
    expect(toCents("762")).toBe(76200);
    expect(toCents("0.07")).toBe(7);
    expect(toCents("762.545")).toBe(76255);
    expect(toCents("762.544")).toBe(76254);
    expect(toCents("-1.50")).toBe(-150);
  });

  it("rejects what is not decimal text", () => {
    for (const text of ["", "1,234.50", "1e3", "abc", "12."]) {
      expect(() => toCents(text)).toThrow(RangeError);
    }
  });

  it("writes cents back as decimal text", () => {
    expect(fromCents(76254)).toBe("762.54");
    expect(fromCents(5)).toBe("0.05");
    expect(fromCents(0)).toBe("0.00");
    expect(fromCents(-150)).toBe("-1.50");
  });

  it("divides rounding half up", () => {
    expect(divideRounded(15, 10)).toBe(2);
    expect(divideRounded(14, 10)).toBe(1);
    expect(divideRounded(25, 10)).toBe(3);
  });
});

describe("the 25-UMA cap", () => {
  it("changes on 1 February, not 1 January", () => {
    expect(capCentsOn("2025-01-31")).toBe(271425); // 25 × 108.57 (UMA 2024)
    expect(capCentsOn("2025-02-01")).toBe(282850); // 25 × 113.14 (UMA 2025)
    expect(capCentsOn("2024-02-01")).toBe(271425);
    expect(capCentsOn("2023-12-31")).toBe(259350); // 25 × 103.74
  });
});

describe("employers and ranges", () => {
  it("identifies an employer by registro patronal, else by its normalized name", () => {
    const named = (employer: string) => employerKey({ employer, employerId: null });
    expect(employerKey({ employer: "A", employerId: "y6810203105" })).toBe(
      employerKey({ employer: "B", employerId: "Y6810203105" }),
    );
    expect(named(" Secretaría  de Salud ")).toBe(named("SECRETARÍA DE SALUD"));
    expect(named("Secretaría de Salud")).not.toBe(named("Secretaria de Salud"));
  });

  it("joins ranges that overlap or touch, and keeps a one-day hole", () => {
    expect(
      mergeRanges([
        { start: 10, end: 20 },
        { start: 1, end: 5 },
        { start: 6, end: 8 },
        { start: 15, end: 18 },
        { start: 22, end: 22 },
      ]),
    ).toEqual([
      { start: 1, end: 8 },
      { start: 10, end: 20 },
      { start: 22, end: 22 },
    ]);
  });
});
