import { describe, expect, it } from "vitest";
import { createClock } from "./clock";

describe("the app's clock", () => {
  it("follows real time when nothing pins it", () => {
    const clock = createClock();
    const before = Date.now();
    const reading = clock().getTime();
    expect(reading).toBeGreaterThanOrEqual(before);
    expect(reading).toBeLessThanOrEqual(Date.now());
  });

  it("never gives the same instant twice, even within one millisecond", () => {
    const clock = createClock();
    const readings = Array.from({ length: 2000 }, () => clock().getTime());
    expect(readings.every((time, i) => i === 0 || time > readings[i - 1]!)).toBe(true);
    // A burst runs ahead of real time by at most its own length in milliseconds.
    expect(readings.at(-1)! - Date.now()).toBeLessThan(2000);
  });

  it("starts a pinned clock at the pinned instant and moves it 1 ms per reading", () => {
    const clock = createClock("2026-11-16T16:00:00Z");
    expect(clock().toISOString()).toBe("2026-11-16T16:00:00.000Z");
    expect(clock().toISOString()).toBe("2026-11-16T16:00:00.001Z");
    const readings = Array.from({ length: 5000 }, () => clock().getTime());
    expect(readings.every((time, i) => i === 0 || time > readings[i - 1]!)).toBe(true);
    // Thousands of readings later, what a person sees (the minute) has not moved.
    expect(new Date(readings.at(-1)!).toISOString().slice(0, 16)).toBe("2026-11-16T16:00");
  });
});
