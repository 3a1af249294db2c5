import { describe, expect, it } from "vitest";
import { REFERENCE_PATTERN } from "@/lib/connect/new-applicant";
import { PERSONAS } from "@/scripts/belvo-emulator/personas";
import { connectHarness } from "@/lib/connect/testing/connect-harness";
import { db } from "@/lib/db";
import { DEMO_APPLICANTS, demoApplicantInput, type DemoApplicant } from "./applicants";
import { seedDemoApplicants } from "./seed-applicants";

const h = connectHarness();

// Personas no other test connects through Cotiza: its 3-queries-a-day guard counts per CURP in
// the shared test database.
const APPLICANTS: DemoApplicant[] = [
  { persona: "risky", reference: "SEED-TEST-1", accessMode: "SINGLE" },
  { persona: "issste", reference: "SEED-TEST-2", accessMode: "RECURRENT" },
];
const AT = new Date("2026-11-02T16:00:00.000Z");

describe("the demo applicants", () => {
  it("are data personas with unique, valid references", () => {
    const references = DEMO_APPLICANTS.map((applicant) => applicant.reference);
    expect(new Set(references).size).toBe(references.length);
    for (const applicant of DEMO_APPLICANTS) {
      expect(applicant.reference).toMatch(REFERENCE_PATTERN);
      expect(PERSONAS[applicant.persona].behaviour).toBe("data");
      expect(demoApplicantInput(applicant).institution).toBe(
        PERSONAS[applicant.persona].institution === "issste_mx_employment" ? "ISSSTE" : "IMSS",
      );
    }
  });

  it("are connected once, at the given moment, with the emulator's clock put back", async () => {
    const seed = () =>
      seedDemoApplicants({
        user: h.user,
        client: h.client,
        emulatorUrl: h.emulator.url,
        at: AT,
        applicants: APPLICANTS,
      });
    expect(await seed()).toEqual({ created: ["SEED-TEST-1", "SEED-TEST-2"], existing: [] });

    const rows = await db().applicant.findMany({
      where: { reference: { in: ["SEED-TEST-1", "SEED-TEST-2"] } },
      orderBy: { reference: "asc" },
      include: { link: true, snapshots: { select: { collectedAt: true } } },
    });
    expect(rows.map((row) => [row.name, row.institution, row.link?.accessMode])).toEqual([
      ["Sofía Domínguez Rangel", "IMSS", "SINGLE"],
      ["Beatriz Ortiz Esquivel", "ISSSTE", "RECURRENT"],
    ]);
    expect(rows.flatMap((row) => row.snapshots.map((s) => s.collectedAt))).toEqual([AT, AT]);
    expect(rows[0]?.flags).toEqual(
      expect.arrayContaining(["past-gap", "salary-cut", "redeemed-weeks"]),
    );
    const clock = await fetch(`${h.emulator.url}/_emulator/clock`).then((r) => r.json());
    expect(clock).toMatchObject({ frozen: false });

    expect(await seed()).toEqual({ created: [], existing: ["SEED-TEST-1", "SEED-TEST-2"] });
    expect(await db().applicant.count({ where: { reference: { startsWith: "SEED-TEST-" } } })).toBe(
      2,
    );
  });

  it("leaves a frozen emulator clock frozen where it was", async () => {
    const frozenAt = "2026-11-16T16:00:00.000Z";
    await fetch(`${h.emulator.url}/_emulator/clock`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ now: frozenAt }),
    });
    await seedDemoApplicants({
      user: h.user,
      client: h.client,
      emulatorUrl: h.emulator.url,
      at: AT,
      applicants: [{ persona: "retiree", reference: "SEED-TEST-3", accessMode: "SINGLE" }],
    });
    const clock = await fetch(`${h.emulator.url}/_emulator/clock`).then((r) => r.json());
    expect(clock).toEqual({ now: frozenAt, frozen: true });
  });
});
