import { describe, expect, it } from "vitest";
import { formatMXNWhole } from "@/lib/format";
import { decisionInputSchema } from "./decision-input";
import {
  DECISION_OUTCOMES,
  OUTCOME_KEYS,
  isReasonFor,
  reasonKey,
  reasonsFor,
} from "./decision-reasons";
import { CATALOGS } from "@/lib/i18n/catalog";
import { jobDays } from "@/lib/dates";
import { sameName } from "@/lib/metrics/same-name";
import { SCORE_BANDS, scoreBand, scoreFraction } from "../metrics/score-bands";
import { timelineLayout } from "./timeline";

describe("score bands", () => {
  it("splits 300–900 into four contiguous bands", () => {
    expect(SCORE_BANDS[0]?.min).toBe(300);
    expect(SCORE_BANDS.at(-1)?.max).toBe(900);
    SCORE_BANDS.slice(1).forEach((band, i) =>
      expect(band.min).toBe((SCORE_BANDS[i]?.max ?? 0) + 1),
    );
  });

  it.each([
    [300, "high"],
    [549, "high"],
    [550, "elevated"],
    [649, "elevated"],
    [650, "moderate"],
    [749, "moderate"],
    [750, "low"],
    [900, "low"],
    [120, "high"],
    [990, "low"],
  ])("%i is %s", (score, key) => expect(scoreBand(score).key).toBe(key));

  it("places scores on the gauge", () => {
    expect(scoreFraction(300)).toBe(0);
    expect(scoreFraction(600)).toBe(0.5);
    expect(scoreFraction(1000)).toBe(1);
  });
});

describe("decision reasons", () => {
  it("has a fixed list per outcome and refuses another outcome's reason", () => {
    expect(reasonsFor("APPROVE").map((r) => r.code)).toContain("stable_employment");
    expect(isReasonFor("DECLINE", "insufficient_income")).toBe(true);
    expect(isReasonFor("APPROVE", "insufficient_income")).toBe(false);
    expect(isReasonFor("REFER", "toString")).toBe(false);
    expect(reasonKey("capped_salary")).toBe("cappedSalary");
    expect(reasonKey("retired_code")).toBeNull();
  });

  it("names every outcome and reason in both languages", () => {
    for (const messages of Object.values(CATALOGS)) {
      const { outcomes, reasons } = messages.applicant.decision;
      for (const outcome of DECISION_OUTCOMES) {
        expect(outcomes[OUTCOME_KEYS[outcome]]).toBeTruthy();
        for (const { key } of reasonsFor(outcome)) expect(reasons[key]).toBeTruthy();
      }
    }
    expect(CATALOGS.es.applicant.decision.reasons.cappedSalary).toMatch(/25 UMA/);
  });

  it("validates a decision body and keeps the note apart", () => {
    expect(
      decisionInputSchema.parse({ outcome: "REFER", reasonCode: "stale_data", note: "  " }),
    ).toEqual({
      outcome: "REFER",
      reasonCode: "stale_data",
      note: null,
      acknowledgedFlags: [],
      amendReason: null,
    });
    const wrong = decisionInputSchema.safeParse({ outcome: "APPROVE", reasonCode: "stale_data" });
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues[0]?.path).toEqual(["reasonCode"]);
    // Messages travel as catalog keys, and each one exists.
    expect(wrong.error?.issues[0]?.message).toBe("applicant.validation.reasonMismatch");
    const bad = decisionInputSchema.safeParse({
      outcome: "X",
      reasonCode: "",
      note: "n".repeat(2001),
    });
    for (const issue of bad.error?.issues ?? []) {
      const [namespace, group, key] = issue.message.split(".");
      expect(namespace).toBe("applicant");
      expect(group).toBe("validation");
      expect(Object.keys(CATALOGS.es.applicant.validation)).toContain(key);
    }
    expect(bad.error?.issues.length).toBeGreaterThanOrEqual(3);
  });
});

describe("durations and names", () => {
  it("counts both ends of a job and stops open jobs at the as-of day", () => {
    expect(jobDays({ startDate: "2024-01-01", endDate: "2024-01-31" }, "2024-06-01")).toBe(31);
    expect(jobDays({ startDate: "2024-01-01", endDate: null }, "2024-01-10")).toBe(10);
  });

  it("compares names without case, accents or extra spaces", () => {
    expect(sameName("Mariana Ibáñez Núñez", "MARIANA  IBANEZ NUNEZ")).toBe(true);
    expect(sameName("Mariana Ibáñez", "Mariana Ibarra")).toBe(false);
  });
});

describe("timelineLayout", () => {
  const layout = timelineLayout(
    [
      {
        employer: "A",
        employerId: null,
        startDate: "2020-01-01",
        endDate: "2020-12-31",
        movements: [],
      },
      { employer: "B", employerId: null, startDate: "2021-07-01", endDate: null, movements: [] },
      {
        employer: "C",
        employerId: null,
        startDate: "2022-01-01",
        endDate: "2022-03-31",
        movements: [],
      },
    ],
    "2022-12-31",
  );

  it("positions bars from the first start to the as-of day", () => {
    expect(layout?.from).toBe("2020-01-01");
    expect(layout?.to).toBe("2022-12-31");
    expect(layout?.bars.map((b) => [b.employer, b.open])).toEqual([
      ["A", false],
      ["B", true],
      ["C", false],
    ]);
    expect(layout?.bars[0]?.x).toBe(0);
    expect(layout?.years.map((y) => y.year)).toEqual([2021, 2022]);
  });

  it("finds the gap between merged jobs and the overlap", () => {
    expect(layout?.gaps.map((g) => [g.from, g.to])).toEqual([["2021-01-01", "2021-06-30"]]);
    expect(layout?.overlaps.map((o) => [o.from, o.to, o.days])).toEqual([
      ["2022-01-01", "2022-03-31", 90],
    ]);
  });

  it("is null without jobs", () => {
    expect(timelineLayout([], "2024-01-01")).toBeNull();
  });
});

describe("formatMXNWhole", () => {
  it("rounds to whole pesos in es-MX", () => {
    expect(formatMXNWhole(3400)).toBe("$3,400");
    expect(formatMXNWhole(409.6)).toBe("$410");
  });
});
