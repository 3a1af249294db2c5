import { describe, expect, it } from "vitest";
import {
  createFormatter,
  formatDate,
  formatMXN,
  formatTenure,
  formatNumber,
  formatPercent,
  formatDateTime,
} from "./format";

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

  it("reads timestamps in UTC", () => {
    expect(formatDate("2024-03-14T23:30:00-06:00")).toBe("15 mar 2024");
    expect(formatDate("2024-03-14T00:00:00Z")).toBe("14 mar 2024");
  });

  it("follows the locale and rejects what is not a date", () => {
    expect(formatDate("2024-03-14", { locale: "en-US" })).toBe("Mar 14, 2024");
    expect(formatDate("2024-03-14", { withoutYear: true })).toBe("14 mar");
    expect(() => formatDate("14/03/2024")).toThrow(RangeError);
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

describe("createFormatter", () => {
  it("binds all four formatters to one locale", () => {
    const format = createFormatter();
    expect([
      format.money("1.5"),
      format.date("2024-03-14"),
      format.number(1000),
      format.percent(0.25),
    ]).toEqual(["$1.50", "14 mar 2024", "1,000", "25%"]);
  });
});

describe("formatDateTime", () => {
  it("shows the UTC time on a 24-hour clock", () => {
    expect(formatDateTime("2026-11-26T08:05:00Z")).toBe("26 nov 2026, 08:05 UTC");
  });
});

describe("formatTenure", () => {
  it.each([
    [0, "0 d"],
    [12, "12 d"],
    [31, "1 mo"],
    [100, "3 mo"],
    [365, "11 mo"],
    [366, "1 yr"],
    [2506, "6 yr 10 mo"],
    [4200, "11 yr 5 mo"],
  ])("%i days → %s", (days, text) => {
    expect(formatTenure(days)).toBe(text);
  });
});
