import { describe, expect, it } from "vitest";
import { backoffDelayMs } from "./backoff";

describe("backoffDelayMs", () => {
  it("doubles per failed attempt, between half and all of the exponential delay", () => {
    const low = (attempts: number) => backoffDelayMs(attempts, { baseMs: 1_000, random: () => 0 });
    const high = (attempts: number) => backoffDelayMs(attempts, { baseMs: 1_000, random: () => 1 });
    expect([1, 2, 3, 4].map(low)).toEqual([500, 1_000, 2_000, 4_000]);
    expect([1, 2, 3, 4].map(high)).toEqual([1_000, 2_000, 4_000, 8_000]);
  });

  it("is capped", () => {
    expect(backoffDelayMs(30, { baseMs: 1_000, maxMs: 60_000, random: () => 1 })).toBe(60_000);
  });
});
