import { describe, expect, it } from "vitest";
import { formatTenure } from "./queue-format";

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
