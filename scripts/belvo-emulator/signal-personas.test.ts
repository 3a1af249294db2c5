// The signal personas, served over HTTP and read by Cotiza's own figures: each raises the risk
// signal it is named after when the applicant is added on the day the emulator first sees them.
import { describe, expect, it } from "vitest";
import { employmentRecordSchema } from "../../lib/belvo/schemas/employment-record";
import { transformEmploymentRecord } from "../../lib/belvo/transform/employment-record";
import { DEFAULT_FIGURE_SETTINGS } from "../../lib/metrics/settings";
import { snapshotFigures } from "../../lib/metrics/snapshot-figures";
import { addDays } from "./data/dates";
import { PERSONAS } from "./personas";
import type { PersonaKey } from "./personas";
import { emulatorSuite } from "./testing/suite";

const s = emulatorSuite();

const SETTINGS = { ...DEFAULT_FIGURE_SETTINGS, timeZone: "America/Mexico_City" };

// Days of first sight: the harness's afternoon, a January night (UTC) that is still the day before
// in Mexico City, and a late-June evening.
const FIRST_SEEN = [
  "2026-11-25T15:00:00.000Z",
  "2027-01-08T05:30:00.000Z",
  "2027-06-30T23:00:00.000Z",
];

/** The persona's record as Cotiza stores it, and its figures for an application made now. */
async function figuresOnFirstSight(key: PersonaKey, now: string) {
  await s.control("clock", { now });
  const clock = (await (await fetch(`${s.emulator.url}/_emulator/clock`)).json()) as {
    now: string;
  };
  expect(clock.now).toBe(now);
  const link = await s.link(PERSONAS[key].curp);
  const reply = await s.call("POST", "/api/employment-records/", { link: link.id });
  expect(reply.status).toBe(201);
  const [body] = employmentRecordSchema.array().parse(reply.body);
  if (!body) throw new Error("no record");
  const record = transformEmploymentRecord(body);
  const metrics = snapshotFigures({
    snapshot: {
      ...record,
      entitlementStatus: record.personalData.entitlementStatus,
      officialName: record.personalData.officialName,
    },
    institution: "IMSS",
    settings: SETTINGS,
    appliedAt: clock.now,
  });
  return { record, metrics, anchor: clock.now.slice(0, 10) };
}

describe("signal personas", () => {
  it.each(FIRST_SEEN)("modalidad40 shows a voluntary contribution (first seen %s)", async (now) => {
    const { record, metrics, anchor } = await figuresOnFirstSight("modalidad40", now);
    expect(record.personalData.officialName).toBe("Martín Ocaña Jiménez");
    expect(metrics.status).toBe("employed");
    const current = record.jobs.find((job) => job.endDate === null);
    expect(current?.movements).toContainEqual(
      expect.objectContaining({ event: "VOLUNTARY_CONTRIBUTION", date: addDays(anchor, -100) }),
    );
    expect(metrics.flags.map((flag) => flag.code)).toContain("voluntary-contributions");
    expect(metrics.flags.find((flag) => flag.code === "voluntary-contributions")).toMatchObject({
      since: addDays(anchor, -100),
      facts: { employer: current?.employer, date: addDays(anchor, -100) },
    });
  });

  it.each(FIRST_SEEN)(
    "newHighSalary started a better-paid job 30 days before applying, after a gap (first seen %s)",
    async (now) => {
      const { record, metrics, anchor } = await figuresOnFirstSight("newHighSalary", now);
      expect(record.personalData.officialName).toBe("Andrés Gutiérrez Solís");
      const [earlier, current] = record.jobs.toSorted((a, b) =>
        a.startDate < b.startDate ? -1 : 1,
      );
      expect(earlier?.endDate).toBe(addDays(anchor, -250));
      expect(current?.startDate).toBe(addDays(anchor, -30));
      expect(current?.endDate).toBeNull();
      expect(metrics.flags.map((flag) => flag.code)).toContain("new-employer-before-applying");
      const signal = metrics.flags.find((flag) => flag.code === "new-employer-before-applying");
      expect(signal?.facts).toMatchObject({
        employer: current?.employer,
        startDate: addDays(anchor, -30),
        reason: "gap",
      });
      // 29 or 30 days: Cotiza reads the application day in Mexico City, the emulator its UTC day.
      expect(signal?.facts.days).toBeGreaterThanOrEqual(29);
      expect(signal?.facts.days).toBeLessThanOrEqual(30);
      // The new job pays far more than the old one ever did (about 1.8 times).
      expect(Number(signal?.facts.daily)).toBeGreaterThan(
        1.5 * Number(signal?.facts.previousMaxDaily),
      );
    },
  );
});
