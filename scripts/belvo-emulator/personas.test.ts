import { describe, expect, it } from "vitest";
import { nearestSbcCapOn } from "../../lib/metrics/reference-values";
import { daysBetween } from "./data/dates";
import type { EmploymentRecordBody } from "./data/employment-record";
import { hasValidCurpCheckDigit } from "./data/identifiers";
import { PERSONAS } from "./personas";
import { expectConsistentRecord } from "./testing/invariants";
import { openJobs, recordAt } from "./testing/records";

const TODAY = "2026-11-25";

describe("persona catalogue", () => {
  it("has unique, well-formed CURPs with valid RENAPO check digits (except Belvo's sandbox CURP)", () => {
    const curps = Object.values(PERSONAS).map((persona) => persona.curp);
    expect(new Set(curps).size).toBe(curps.length);
    for (const persona of Object.values(PERSONAS)) {
      expect(persona.curp).toMatch(/^([A-Z]{4})([0-9]{6})([A-Z]{6})([A-Z0-9]{2})$/);
      if (persona.curp !== "BLPM951331IONVGR54")
        expect(hasValidCurpCheckDigit(persona.curp), persona.curp).toBe(true);
    }
  });

  it("keeps every data persona internally consistent", () => {
    for (const persona of Object.values(PERSONAS)) {
      const sector = persona.institution === "issste_mx_employment" ? "issste" : "imss";
      expectConsistentRecord(recordAt(persona.curp, sector, TODAY), sector === "issste");
    }
  });

  it("gives each persona the situation it is named after", () => {
    const stable = recordAt(PERSONAS.stable.curp, "imss", TODAY);
    expect(openJobs(stable)).toHaveLength(1);
    expect(openJobs(stable)[0]?.weeks_employed).toBeGreaterThan(600);

    const hire = openJobs(recordAt(PERSONAS.recentHire.curp, "imss", TODAY));
    expect(hire).toHaveLength(1);
    expect(daysBetween(hire[0]?.start_date ?? "", TODAY)).toBeLessThan(90);

    const gap = recordAt(PERSONAS.longGap.curp, "imss", TODAY).employment_records;
    expect(daysBetween(gap[0]?.end_date ?? "", gap[1]?.start_date ?? "")).toBeGreaterThan(365);

    const capped = openJobs(recordAt(PERSONAS.capped.curp, "imss", TODAY))[0];
    expect(capped?.most_recent_base_salary).toBe(nearestSbcCapOn(TODAY));

    expect(openJobs(recordAt(PERSONAS.concurrent.curp, "imss", TODAY))).toHaveLength(2);

    const issste = recordAt(PERSONAS.issste.curp, "issste", TODAY);
    expect(issste.personal_data.entitlements.status).toBe("EMPLOYED");
    expect(issste.employment_records[0]?.employer).toContain(";");

    const dismissed = recordAt(PERSONAS.dismissed.curp, "imss", TODAY);
    expect(dismissed.personal_data.entitlements).toMatchObject({
      status: "UNEMPLOYED",
      entitled_to_health_insurance: true,
      entitled_to_company_benefits: false,
    });
    expect(openJobs(dismissed)).toHaveLength(0);

    const redeemed = recordAt(PERSONAS.redeemedWeeks.curp, "imss", TODAY).social_security_summary;
    expect(redeemed).toMatchObject({ weeks_redeemed: 48, weeks_reinstated: 12 });

    const risky = recordAt(PERSONAS.risky.curp, "imss", TODAY);
    expect(risky.social_security_summary).toMatchObject({
      weeks_redeemed: 36,
      weeks_reinstated: 0,
    });
    const [previous, current] = risky.employment_records;
    expect(daysBetween(previous?.end_date ?? "", current?.start_date ?? "")).toBeGreaterThan(540);
    const updates = current?.employment_status_updates ?? [];
    const cut = updates.findIndex((update) => update.update_date === "2026-08-17");
    expect(updates[cut]?.base_salary).toBeLessThan((updates[cut - 1]?.base_salary ?? 0) * 0.8);

    expect(recordAt(PERSONAS.retiree.curp, "imss", TODAY).personal_data.entitlements.status).toBe(
      "RETIRED",
    );
    expect(recordAt(PERSONAS.sandbox.curp, "imss", TODAY).personal_data.birth_date).toBeNull();
    expect(recordAt(PERSONAS.stable.curp, "imss", TODAY).personal_data.official_name).toBe(
      "Mariana Ibáñez Núñez",
    );
  });

  it("places personas around the day the CURP was first seen, so they do not drift", () => {
    const seen = recordAt(PERSONAS.recentHire.curp, "imss", "2027-03-01", "2026-11-25");
    const first = recordAt(PERSONAS.recentHire.curp, "imss", TODAY);
    expect(seen.employment_records.map((job) => job.start_date)).toEqual(
      first.employment_records.map((job) => job.start_date),
    );
  });
});

describe("the invariant check", () => {
  it("catches tampered records", () => {
    const tamper = (change: (record: EmploymentRecordBody) => void): void => {
      const record = recordAt(PERSONAS.dismissed.curp, "imss", TODAY);
      change(record);
      expect(() => expectConsistentRecord(record, false)).toThrow();
    };
    tamper((r) => void (r.employment_records[0] && (r.employment_records[0].weeks_employed += 1)));
    tamper((r) => void (r.employment_records[0] && (r.employment_records[0].monthly_salary += 1)));
    tamper((r) => r.employment_records[0]?.employment_status_updates.reverse());
    tamper(
      (r) =>
        void (
          r.employment_records[0]?.employment_status_updates[0] &&
          (r.employment_records[0].employment_status_updates[0].base_salary = 5)
        ),
    );
    tamper(
      (r) =>
        void (r.personal_data.document_ids[0] = {
          document_type: "NSS",
          document_number: "12345678901",
        }),
    );
    tamper(
      (r) => void (r.social_security_summary && (r.social_security_summary.weeks_contributed += 3)),
    );
  });
});
