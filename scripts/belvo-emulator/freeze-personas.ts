// Freezes the employment record the Belvo emulator serves for eight personas when its clock is
// pinned at 2026-11-17T15:00Z and that is the first day it sees their CURPs, as the app stores it
// (lib/belvo's camelCased snapshot), trimmed to the fields lib/metrics reads. The files feed
// lib/metrics/personas-figures.test.ts, whose expected figures are worked out by hand from them.
//
//   npx tsx scripts/belvo-emulator/freeze-personas.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { employmentRecordSchema } from "../../lib/belvo/schemas/employment-record";
import { transformEmploymentRecord } from "../../lib/belvo/transform/employment-record";
import { viewCareer } from "./data/career-view";
import { employmentRecordBody } from "./data/employment-record";
import { personFor } from "./data/people";
import { sectorOf } from "./institutions";
import { PERSONAS } from "./personas";
import type { PersonaKey } from "./personas";

/** The pinned emulator clock: `emu.nowIso()`; `emu.today()` is its UTC day, also the anchor. */
const NOW_ISO = "2026-11-17T15:00:00.000Z";
const TODAY = NOW_ISO.slice(0, 10);

const FROZEN: readonly PersonaKey[] = [
  "stable",
  "risky",
  "longGap",
  "capped",
  "concurrent",
  "issste",
  "dismissed",
  "promotion",
];

const OUT_DIR = join(
  dirname(fileURLToPath(import.meta.url)),
  "../../lib/metrics/testing/frozen-records",
);

function frozenRecord(key: PersonaKey) {
  const persona = PERSONAS[key];
  const sector = sectorOf(persona.institution);
  // What queryInstitution does on the first query: firstSeen (the anchor) is today.
  const person = personFor(persona.curp, sector, TODAY);
  const view = viewCareer(person.career, TODAY);
  const body = employmentRecordBody(person, view, {
    id: `frozen-${key}`,
    link: `frozen-link-${key}`,
    nowIso: NOW_ISO,
    email: null,
    attachPdf: false,
    issste: persona.institution === "issste_mx_employment",
  });
  // The same JSON round trip and parse the app applies to Belvo's answer.
  const snapshot = transformEmploymentRecord(
    employmentRecordSchema.parse(JSON.parse(JSON.stringify(body))),
  );
  return {
    persona: key,
    institution: persona.institution,
    collectedAt: snapshot.collectedAt,
    personalData: { entitlementStatus: snapshot.personalData.entitlementStatus },
    socialSecuritySummary: snapshot.socialSecuritySummary,
    jobs: snapshot.jobs.map((job) => ({
      employer: job.employer,
      employerId: job.employerId,
      startDate: job.startDate,
      endDate: job.endDate,
      mostRecentDailySalary: job.mostRecentDailySalary,
      monthlySalary: job.monthlySalary,
      movements: job.movements,
    })),
  };
}

mkdirSync(OUT_DIR, { recursive: true });
for (const key of FROZEN) {
  const file = join(OUT_DIR, `${key}.json`);
  writeFileSync(file, `${JSON.stringify(frozenRecord(key), null, 2)}\n`);
  console.log(`wrote ${file}`);
}
