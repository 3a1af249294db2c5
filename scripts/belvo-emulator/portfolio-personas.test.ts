// The portfolio personas, served over HTTP and read the way Cotiza stores them: six applicants whose
// current job is at one shell employer (one registro patronal), and one NSS under two CURPs.
import { describe, expect, it } from "vitest";
import { employmentRecordSchema } from "../../lib/belvo/schemas/employment-record";
import { transformEmploymentRecord } from "../../lib/belvo/transform/employment-record";
import { curpMatchesName, curpProblem } from "../../lib/connect/curp";
import { parseCurp } from "./data/curp";
import { addDays, daysBetween } from "./data/dates";
import { hasValidCurpCheckDigit, isValidNss, isValidRfc, nssCheckDigit } from "./data/identifiers";
import { personFor } from "./data/people";
import { PERSONAS, SHARED_NSS, SHELL_EMPLOYER, personaByCurp } from "./personas";
import { SHELL_EMPLOYEES } from "./personas/portfolio-personas";
import type { PersonaKey } from "./personas";
import { expectConsistentRecord } from "./testing/invariants";
import { recordAt } from "./testing/records";
import { emulatorSuite } from "./testing/suite";

type Row = Record<string, unknown>;

const s = emulatorSuite();

const SHELL: readonly PersonaKey[] = SHELL_EMPLOYEES;
const SHARED: readonly PersonaKey[] = ["sharedNss1", "sharedNss2"];
const ALL = [...SHELL, ...SHARED];

// Cotiza's defaults: more than 5 distinct applicants of one employer within 30 days.
const CONCENTRATION = { applicants: 5, days: 30 };

const FIRST_SEEN = ["2026-11-25T15:00:00.000Z", "2027-01-08T05:30:00.000Z"];

/** Links the persona at IMSS and fetches its record (with the PDF) and its current employment. */
async function retrieve(key: PersonaKey) {
  const link = await s.link(PERSONAS[key].curp);
  const records = await s.call("POST", "/api/employment-records/", {
    link: link.id,
    attach_pdf: true,
  });
  expect(records.status).toBe(201);
  const [raw] = employmentRecordSchema.array().parse(records.body);
  if (!raw) throw new Error("no record");
  const current = await s.call("POST", "/api/mx/current-employments/", { link: link.id });
  expect(current.status).toBe(201);
  const employment = (current.body as Row[])[0] as {
    personal_data: Row;
    status: string;
    employers: Row[];
  };
  const pdf = Buffer.from(raw.files[0]?.value ?? "", "base64").toString("latin1");
  return { record: transformEmploymentRecord(raw), employment, pdf };
}

function isRegistroPatronal(id: string): boolean {
  return /^[A-Z]\d{10}$/.test(id) && nssCheckDigit(`0${id.slice(1, 10)}`) === id.charAt(10);
}

describe("portfolio persona catalogue", () => {
  it("gives each a valid CURP of its own, matching its name, birth date and state", () => {
    const curps = ALL.map((key) => PERSONAS[key].curp);
    expect(new Set(curps).size).toBe(ALL.length);
    for (const key of ALL) {
      const persona = PERSONAS[key];
      expect(curpProblem(persona.curp), key).toBeNull();
      expect(hasValidCurpCheckDigit(persona.curp), key).toBe(true);
      expect(personaByCurp(persona.curp), key).toBe(persona);
      expect(curpMatchesName(persona.curp, `${persona.firstName} ${persona.lastName}`), key).toBe(
        true,
      );
      const facts = parseCurp(persona.curp);
      expect(facts.birthDate, key).not.toBeNull();
      expect(facts.stateName, key).not.toBeNull();
      expect(persona.behaviour).toBe("data");
      expect(persona.institution).toBe("imss_mx_employment");
    }
  });

  it("uses a well-formed registro patronal and NSS", () => {
    expect(isRegistroPatronal(SHELL_EMPLOYER.employerId)).toBe(true);
    expect(isValidNss(SHARED_NSS)).toBe(true);
    expect(PERSONAS.sharedNss1.nss).toBe(SHARED_NSS);
    expect(PERSONAS.sharedNss2.nss).toBe(SHARED_NSS);
  });

  it("keeps the records consistent, with one name, registro and company RFC for the shell", () => {
    const today = "2026-11-25";
    for (const key of ALL) {
      const record = recordAt(PERSONAS[key].curp, "imss", today);
      expectConsistentRecord(record, false);
      expect(record.personal_data.birth_date).toBe(parseCurp(PERSONAS[key].curp).birthDate);
    }
    const employers = SHELL.map((key) => {
      const open = personFor(PERSONAS[key].curp, "imss", today).career.jobs.filter(
        (job) => job.end === null,
      );
      expect(open, key).toHaveLength(1);
      return open[0]?.employer;
    });
    expect(new Set(employers.map((employer) => JSON.stringify(employer))).size).toBe(1);
    expect(employers[0]).toMatchObject(SHELL_EMPLOYER);
    expect(isValidRfc(employers[0]?.rfc ?? "")).toBe(true);
  });
});

describe.each(FIRST_SEEN)("portfolio personas first seen %s", (now) => {
  it(`puts one registro patronal in the open job of more than ${CONCENTRATION.applicants} CURPs`, async () => {
    await s.control("clock", { now });
    const anchor = now.slice(0, 10);
    const seen = await Promise.all(SHELL.map(async (key) => ({ key, ...(await retrieve(key)) })));

    const curps = new Set<string>();
    const earlierHistories = new Set<string>();
    const companyRfcs = new Set<unknown>();
    for (const { key, record, employment, pdf } of seen) {
      const open = record.jobs.filter((job) => job.endDate === null);
      expect(open, key).toHaveLength(1);
      const [current] = open;
      expect(current, key).toMatchObject({
        employer: SHELL_EMPLOYER.name,
        employerId: SHELL_EMPLOYER.employerId,
        state: SHELL_EMPLOYER.state,
      });
      const days = daysBetween(current?.startDate ?? "", anchor);
      expect(days, key).toBeGreaterThanOrEqual(20);
      expect(days, key).toBeLessThanOrEqual(45);
      curps.add(record.personalData.documents.curp ?? "");

      const earlier = record.jobs.filter((job) => job.endDate !== null);
      expect(earlier.length, key).toBeGreaterThan(0);
      expect(earlier.every((job) => job.employerId !== SHELL_EMPLOYER.employerId)).toBe(true);
      earlierHistories.add(earlier.map((job) => `${job.employer} ${job.startDate}`).join("|"));

      expect(employment.status).toBe("EMPLOYED");
      expect(employment.employers).toEqual([
        expect.objectContaining({
          name: SHELL_EMPLOYER.name,
          employer_id: SHELL_EMPLOYER.employerId,
          start_date: current?.startDate,
        }),
      ]);
      companyRfcs.add(employment.employers[0]?.rfc);
      expect(pdf).toContain(`Registro patronal: ${SHELL_EMPLOYER.employerId}`);
    }
    expect(curps.size).toBe(SHELL.length);
    expect(curps.size).toBeGreaterThan(CONCENTRATION.applicants);
    expect(earlierHistories.size).toBe(SHELL.length);
    expect(companyRfcs.size).toBe(1);
    // Joined within a fortnight of each other, so they also apply close together.
    const starts = seen.map(({ record }) => record.jobs.find((job) => !job.endDate)?.startDate);
    expect(starts.toSorted()[0]).toBe(addDays(anchor, -44));
    expect(starts.toSorted().at(-1)).toBe(addDays(anchor, -22));
  });

  it("reports one NSS under two different CURPs and names", async () => {
    await s.control("clock", { now });
    const [first, second] = await Promise.all(SHARED.map((key) => retrieve(key)));
    if (!first || !second) throw new Error("missing record");
    for (const { record, employment, pdf } of [first, second]) {
      expect(record.personalData.documents.nss).toBe(SHARED_NSS);
      expect(employment.personal_data.nss).toBe(SHARED_NSS);
      expect(pdf).toContain(`NSS: ${SHARED_NSS}`);
      // An ordinary, stable job: open for years.
      const open = record.jobs.filter((job) => job.endDate === null);
      expect(open).toHaveLength(1);
      expect(daysBetween(open[0]?.startDate ?? "", now.slice(0, 10))).toBeGreaterThan(4000);
    }
    expect(first.record.personalData.documents.curp).toBe(PERSONAS.sharedNss1.curp);
    expect(second.record.personalData.documents.curp).toBe(PERSONAS.sharedNss2.curp);
    expect(first.record.personalData.documents.curp).not.toBe(
      second.record.personalData.documents.curp,
    );
    expect(first.record.personalData.officialName).not.toBe(
      second.record.personalData.officialName,
    );
  });
});
