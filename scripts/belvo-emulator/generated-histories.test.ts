import { describe, expect, it } from "vitest";
import { sampleCurp } from "./testing/harness";
import { expectConsistentRecord } from "./testing/invariants";
import { openJobs, recordAt } from "./testing/records";

const TODAY = "2026-11-25";

describe("generated histories", () => {
  const curps = Array.from({ length: 120 }, (_, i) => sampleCurp(i * 7 + 3));

  it("are internally consistent for any CURP and any day", () => {
    for (const [index, curp] of curps.entries()) {
      for (const today of ["2019-06-15", "2024-01-05", TODAY]) {
        expectConsistentRecord(
          recordAt(curp, index % 4 === 0 ? "issste" : "imss", today),
          index % 4 === 0,
        );
      }
    }
  });

  it("are deterministic: the same CURP gives the same history, and a later day only extends it", () => {
    const curp = sampleCurp(11);
    expect(recordAt(curp, "imss", TODAY)).toEqual(recordAt(curp, "imss", TODAY));
    expect(recordAt(curp, "imss", TODAY)).not.toEqual(recordAt(sampleCurp(12), "imss", TODAY));
    const earlier = recordAt(curp, "imss", "2022-01-01").employment_records;
    const later = recordAt(curp, "imss", TODAY).employment_records;
    for (const [i, job] of earlier.entries()) {
      expect(later[i]?.start_date).toBe(job.start_date);
      expect(later[i]?.employer).toBe(job.employer);
    }
  });

  it("vary: employers, states, concurrent jobs, redeemed weeks and accented names all occur", () => {
    const records = curps.map((curp) => recordAt(curp, "imss", TODAY));
    expect(
      new Set(records.flatMap((r) => r.employment_records.map((job) => job.state))).size,
    ).toBeGreaterThan(5);
    expect(
      records.some(
        (r) =>
          openJobs(r).length > 1 ||
          r.employment_records.some((a, i) =>
            r.employment_records
              .slice(i + 1)
              .some(
                (b) =>
                  b.start_date <= (a.end_date ?? TODAY) && a.start_date <= (b.end_date ?? TODAY),
              ),
          ),
      ),
    ).toBe(true);
    expect(records.some((r) => (r.social_security_summary?.weeks_redeemed ?? 0) > 0)).toBe(true);
    expect(records.some((r) => /[áéíóúñÁÉÍÓÚÑ]/.test(r.personal_data.official_name))).toBe(true);
    expect(records.some((r) => r.personal_data.entitlements.status === "UNEMPLOYED")).toBe(true);
  });
});
