import { describe, expect, it } from "vitest";
import { FRESHNESS_DAYS } from "@/lib/metrics/data-age";
import { FRESHNESS_TEXT_VALUES, SCORE_BANDS, scoreBandText } from "./options";

describe("score band options", () => {
  it("words the open lowest band, closed middle bands, the open top band and no score", () => {
    expect(SCORE_BANDS.map(scoreBandText)).toEqual([
      { message: "below", band: "high", values: { limit: 550 } },
      { message: "between", band: "elevated", values: { min: 550, max: 649 } },
      { message: "between", band: "moderate", values: { min: 650, max: 749 } },
      { message: "above", band: "low", values: { min: 750 } },
      { message: "none" },
    ]);
  });
});

describe("freshness options", () => {
  it("take their day counts from the one freshness scale", () => {
    expect(FRESHNESS_TEXT_VALUES.fresh).toEqual({ days: FRESHNESS_DAYS.fresh });
    expect(FRESHNESS_TEXT_VALUES.aging).toEqual({
      from: FRESHNESS_DAYS.fresh + 1,
      to: FRESHNESS_DAYS.aging,
    });
    expect(FRESHNESS_TEXT_VALUES.stale).toEqual({ days: FRESHNESS_DAYS.aging });
  });
});
