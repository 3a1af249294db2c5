import { describe, expect, it } from "vitest";
import { dailyLimitDecision } from "./daily-limit";

const now = new Date("2026-11-25T12:00:00Z");
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);

describe("dailyLimitDecision", () => {
  it("allows the first three queries in 24 hours and counts what is left", () => {
    expect(dailyLimitDecision([], now)).toEqual({ allowed: true, remaining: 3 });
    expect(dailyLimitDecision([hoursAgo(1), hoursAgo(2)], now)).toEqual({
      allowed: true,
      remaining: 1,
    });
  });

  it("refuses a 4th and says when the oldest query frees a place", () => {
    const decision = dailyLimitDecision([hoursAgo(1), hoursAgo(5), hoursAgo(20)], now);
    expect(decision).toEqual({
      allowed: false,
      remaining: 0,
      availableAt: new Date("2026-11-25T16:00:00Z"),
    });
  });

  it("forgets queries older than 24 hours", () => {
    expect(dailyLimitDecision([hoursAgo(24), hoursAgo(30), hoursAgo(2)], now)).toEqual({
      allowed: true,
      remaining: 2,
    });
  });

  it("refuses an operation that needs two queries when only one is left", () => {
    const decision = dailyLimitDecision([hoursAgo(3), hoursAgo(10)], now, 2);
    expect(decision).toEqual({
      allowed: false,
      remaining: 0,
      availableAt: new Date("2026-11-26T02:00:00Z"),
    });
  });
});
