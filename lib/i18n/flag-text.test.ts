// Every flag's explanation in both languages, from facts alone. As-of day 30 Jun 2025; "N months
// before the data" is whole months of 365.25 ÷ 12 = 30.4375 days, rounded down. Spanish uses
// es-MX formats ("$1,000.00", "1 mar 2025"), English en-US ("MX$1,000.00", "Mar 1, 2025").
import { describe, expect, it } from "vitest";
import { FLAG_CODES, FLAG_RULES } from "@/lib/metrics/flag-rules";
import type { Flag, FlagCode, FlagFacts } from "@/lib/metrics/types";
import { LOCALES } from "./locales";
import { explain } from "./testing/explain";

const AS_OF = "2025-06-30";

/** Sample facts for each code, with dates both on the as-of day and months or years before. */
const SAMPLE_FACTS: { [C in FlagCode]: FlagFacts[C] } = {
  jobless: { employer: "Acme", endDate: "2024-12-31", weeks: 26 },
  "redeemed-weeks": { redeemed: 10, reinstated: 4 },
  "recent-exit": { employer: "Acme", endDate: "2025-06-30" },
  "recent-hire": { employer: "Acme", startDate: "2025-02-01", days: 149 },
  "past-gap": { from: "2023-09-01", to: "2024-04-15", weeks: 32 },
  "salary-cut": {
    employer: "Acme",
    change: -0.1,
    from: "1000.00",
    to: "900.00",
    date: "2025-03-01",
    count: 1,
  },
  "declared-income-above": {
    declared: "30000.00",
    verified: "21888.00",
    above: 30000 / 21888 - 1,
    tolerancePct: 20,
  },
  "reinstated-weeks": { redeemed: 75, reinstated: 75 },
  "old-gap": { from: "2013-01-01", to: "2013-12-31", weeks: 52, windowMonths: 36 },
  "capped-salary": {
    jobs: [
      { employer: "Acme", daily: "2828.50", cap: "2828.50", date: "2025-02-01" },
      { employer: "Beta", daily: "2714.25", cap: "2714.25", date: "2024-02-01" },
    ],
  },
  "new-employer-before-applying": {
    employer: "Acme",
    startDate: "2025-05-20",
    appliedOn: "2025-06-25",
    days: 36,
    reason: "gap",
    gapWeeks: 30,
    daily: "950.00",
    previousMaxDaily: "600.00",
  },
  "voluntary-contributions": { employer: "Acme", date: "2024-11-20" },
  retired: {},
  "thin-file": { weeks: 40 },
  issste: {},
  "name-mismatch": {},
  "employer-concentration": {
    employer: "Acme",
    employerId: "Y1234567890",
    applicants: 6,
    days: 30,
    limit: 5,
    others: [{ id: "b", reference: "SOL-2" }],
  },
  "shared-nss": { others: [{ id: "b", reference: "SOL-2" }] },
};

function flagOf<C extends FlagCode>(code: C, facts: FlagFacts[C]): Flag {
  return { code, severity: FLAG_RULES[code].severity, since: null, facts } as Flag;
}

describe("explainFlag", () => {
  it("has sample facts for every flag code", () => {
    expect(Object.keys(SAMPLE_FACTS).sort()).toEqual([...FLAG_CODES].sort());
  });

  for (const locale of LOCALES) {
    it.each(FLAG_CODES)(`renders %s in full (${locale})`, (code) => {
      const text = explain(flagOf(code, SAMPLE_FACTS[code]), AS_OF, locale);
      expect(text.trim()).not.toBe("");
      expect(text).not.toMatch(/[{}]/);
      // A missing message comes back as its key path.
      expect(text).not.toMatch(/\b(metrics|flags|when|common|span)\./);
      expect(text).not.toMatch(/undefined|NaN/);
    });
  }

  it("differs between the languages", () => {
    for (const code of FLAG_CODES) {
      const flag = flagOf(code, SAMPLE_FACTS[code]);
      expect(explain(flag, AS_OF, "es")).not.toBe(explain(flag, AS_OF, "en"));
    }
  });

  it("explains a new employer just before applying, after a gap or at a higher salary", () => {
    const gap = flagOf(
      "new-employer-before-applying",
      SAMPLE_FACTS["new-employer-before-applying"],
    );
    expect(explain(gap, AS_OF, "en")).toBe(
      "Joined Acme on May 20, 2025, 36 days before applying on Jun 25, 2025, after 30 weeks without formal employment. Employment registered just before a loan application is how bought or faked IMSS registrations look: confirm the job with the employer.",
    );
    const salary = flagOf("new-employer-before-applying", {
      ...SAMPLE_FACTS["new-employer-before-applying"],
      reason: "salary",
      gapWeeks: null,
    });
    expect(explain(salary, AS_OF, "es")).toContain(
      "con un salario diario de $950.00, al menos 1.5 veces los $600.00 de cualquier empleo anterior",
    );
  });

  it("names the other applicants of a portfolio signal, five at most", () => {
    const others = Array.from({ length: 7 }, (_, n) => ({ id: `${n}`, reference: `SOL-${n + 1}` }));
    const concentration = flagOf("employer-concentration", {
      ...SAMPLE_FACTS["employer-concentration"],
      applicants: 8,
      others,
    });
    expect(explain(concentration, AS_OF, "es")).toBe(
      "Acme (registro patronal Y1234567890) es el empleo actual de 8 solicitantes distintos (por CURP) que solicitaron con 30 días o menos de diferencia, más de 5. Los otros: SOL-1, SOL-2, SOL-3, SOL-4, SOL-5 (+2).",
    );
    expect(explain(flagOf("shared-nss", { others: others.slice(0, 1) }), AS_OF, "en")).toBe(
      "The same NSS appears for another applicant under another CURP (SOL-1). An NSS belongs to one person: check the identity before deciding.",
    );
    expect(explain(flagOf("shared-nss", { others: others.slice(0, 2) }), AS_OF, "es")).toBe(
      "El mismo NSS aparece en 2 solicitantes más con otra CURP (SOL-1, SOL-2). Un NSS pertenece a una sola persona: revise la identidad antes de dictaminar.",
    );
  });

  it("explains a thin file", () => {
    expect(explain(flagOf("thin-file", { weeks: 0 }), AS_OF, "es")).toBe(
      "Ninguna semana cotizada en el IMSS, menos de 52: muy poco historial formal para juzgar si el ingreso es estable.",
    );
  });

  it("explains a recent exit", () => {
    // 31 Jan → 30 Jun 2025: 28 + 31 + 30 + 31 + 30 = 150 days ÷ 30.4375 = 4.93 → 4 months.
    const flag = flagOf("recent-exit", { employer: "Acme", endDate: "2025-01-31" });
    expect(explain(flag, AS_OF, "es")).toBe(
      "Dejó Acme el 31 ene 2025, 4 meses antes de la consulta y no tiene empleo vigente.",
    );
    expect(explain(flag, AS_OF, "en")).toBe(
      "Left Acme on Jan 31, 2025, 4 months before the data, and has no open job.",
    );
  });

  it("explains a salary cut with how many cuts stand", () => {
    // 1 Mar → 30 Jun 2025: 31 + 30 + 31 + 29 = 121 days ÷ 30.4375 = 3.98 → 3 months.
    const flag = flagOf("salary-cut", {
      employer: "Acme",
      change: -0.1,
      from: "1000.00",
      to: "900.00",
      date: "2025-03-01",
      count: 2,
    });
    expect(explain(flag, AS_OF, "es")).toBe(
      "El salario diario en Acme bajó 10%, de $1,000.00 a $900.00, el 1 mar 2025, 3 meses antes de la consulta (2 reducciones en 12 meses); no se ha recuperado.",
    );
    expect(explain(flag, AS_OF, "en")).toBe(
      "Daily salary at Acme fell 10%, from MX$1,000.00 to MX$900.00, on Mar 1, 2025, 3 months before the data (2 cuts in 12 months); it has not recovered.",
    );
  });

  it("explains a declared income without a verified one, with no percentage", () => {
    const flag = flagOf("declared-income-above", {
      declared: "12000.00",
      verified: null,
      above: null,
      tolerancePct: 20,
    });
    expect(explain(flag, AS_OF, "es")).toBe(
      "Declaró $12,000.00 al mes contra ningún ingreso verificado (sin empleo vigente con salario conocido); la tolerancia es de 20 %.",
    );
    expect(explain(flag, AS_OF, "en")).toBe(
      "Declared MX$12,000.00 a month against no verified income (no open job with a known salary); the tolerance is 20%.",
    );
  });
});
