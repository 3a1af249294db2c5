import { personaByCurp } from "../personas";
import type { Persona, PersonaCareer } from "../personas";
import type { Career, Person, PlannedJob, Sector } from "./career";
import { parseCurp } from "./curp";
import { addDays } from "./dates";
import { companyRfc, imssEmployer, issteEmployer } from "./employers";
import { generatedCareer, HORIZON } from "./generated-career";
import { nssCheckDigit, rfcCheckDigit } from "./identifiers";
import { nameForCurp } from "./names";
import { createRng } from "./prng";
import type { Rng } from "./prng";
import { salaryEvents } from "./salary";

function personaCareer(rng: Rng, spec: PersonaCareer, anchor: string): Career {
  const jobs: PlannedJob[] = spec.jobs.map((job) => {
    const base = spec.sector === "issste" ? issteEmployer(rng) : imssEmployer(rng);
    const name = job.employer ?? base.name;
    if (job.employerId !== undefined && (!job.employer || spec.sector === "issste"))
      throw new Error(
        `Registro patronal ${job.employerId} needs an IMSS job with an employer name`,
      );
    const employer = {
      ...base,
      name,
      employerId: job.employerId ?? base.employerId,
      // One employer, one company RFC, whichever persona works there.
      rfc: job.employerId
        ? companyRfc(createRng(`employer:${job.employerId}`), name)
        : job.employer
          ? companyRfc(rng, name)
          : base.rfc,
      state: spec.sector === "issste" ? null : (job.state ?? base.state),
    };
    const start = addDays(anchor, job.from);
    const end = job.to === undefined ? null : addDays(anchor, job.to);
    const raises = job.raise
      ? [{ date: addDays(anchor, job.raise.at), fraction: job.raise.fraction }]
      : [];
    const incidences = (job.events ?? []).map(({ at, event }) => ({
      date: addDays(anchor, at),
      event,
    }));
    return {
      employer,
      start,
      end,
      events: salaryEvents(rng, {
        sector: spec.sector,
        start,
        end,
        horizon: HORIZON,
        level: job.level,
        raises,
        incidences,
      }),
    };
  });
  return {
    sector: spec.sector,
    jobs,
    weeksRedeemed: spec.weeksRedeemed ?? 0,
    weeksReinstated: spec.weeksReinstated ?? 0,
    retiredOn: spec.retiredAt === undefined ? null : addDays(anchor, spec.retiredAt),
  };
}

function nssFor(rng: Rng, curp: string, career: Career): string {
  const firstYear = career.jobs[0]?.start.slice(2, 4) ?? curp.slice(4, 6);
  const body = `${String(rng.int(1, 99)).padStart(2, "0")}${firstYear}${curp.slice(4, 6)}${String(rng.int(0, 9999)).padStart(4, "0")}`;
  return `${body}${nssCheckDigit(body)}`;
}

function rfcFor(rng: Rng, curp: string): string {
  const alphabet = [..."ABCDEFGHJKLMNPRSTUVWXYZ123456789"];
  const body = `${curp.slice(0, 10)}${rng.pick(alphabet)}${rng.pick(alphabet)}`;
  return `${body}${rfcCheckDigit(body)}`;
}

/**
 * The person behind a CURP as one regime (IMSS or ISSSTE) knows them. Personas are placed around
 * `anchor` (the day the emulator first saw the CURP); any other CURP gets an absolute timeline
 * seeded by the CURP and the regime, so the same CURP always yields the same history.
 */
export function personFor(curp: string, sector: Sector, anchor: string): Person {
  const persona: Persona | undefined = personaByCurp(curp);
  const facts = parseCurp(curp);
  const rng = createRng(`${sector}:${curp}`);
  const generatedName = nameForCurp(rng, curp, facts.sex);
  const career = persona?.career
    ? persona.career.sector === sector
      ? personaCareer(rng, persona.career, anchor)
      : { sector, jobs: [], weeksRedeemed: 0, weeksReinstated: 0, retiredOn: null }
    : generatedCareer(rng, sector, facts.birthYear);
  const firstName = persona?.firstName ?? generatedName.firstName;
  const lastName = persona?.lastName ?? generatedName.lastName;
  return {
    curp,
    firstName,
    lastName,
    officialName: `${firstName} ${lastName}`,
    birthDate: facts.birthDate,
    birthYear: facts.birthYear,
    email: persona?.email ?? null,
    nss: persona?.nss ?? nssFor(rng, curp, career),
    rfc: rfcFor(rng, curp),
    career,
  };
}
