import type { Person } from "../data/career";
import { viewCareer } from "../data/career-view";
import type { CareerView } from "../data/career-view";
import { personFor } from "../data/people";
import type { Emulator } from "../emulator";
import { errors } from "../http/errors";
import { sectorOf } from "../institutions";
import { personaByCurp } from "../personas";
import type { InstitutionName } from "../personas";

export const DAILY_QUERY_LIMIT = 3;
const DAY_MS = 86_400_000;

export const IMSS_MESSAGES = {
  curpNotFound: "El CURP proporcionado no fue localizado en la entidad externa RENAPO",
  nssMismatch: "El NSS capturado no coincide con la CURP",
  noNss: "La persona no cuenta con NSS",
  invalidCurp: "Por favor, ingresa un CURP válido. Debe contener 18 caracteres",
} as const;

/**
 * Counts one query of a CURP at an institution, refusing the 4th within 24 h of the emulator
 * clock as IMSS does. The refused query itself is not counted (IMSS answers without logging in).
 */
export function spendDailyQuery(emu: Emulator, institution: InstitutionName, curp: string): void {
  const key = `${institution}:${curp}`;
  const now = emu.now().getTime();
  const recent = (emu.state.queries[key] ?? []).filter((at) => now - Date.parse(at) < DAY_MS);
  if (
    personaByCurp(curp)?.behaviour === "daily_limit_exhausted" ||
    recent.length >= DAILY_QUERY_LIMIT
  ) {
    emu.state.queries[key] = recent;
    throw errors.dailyLimit();
  }
  emu.state.queries[key] = [...recent, emu.nowIso()];
  emu.state.firstSeen[curp] ??= emu.today();
}

export type InstitutionAnswer = { person: Person; view: CareerView };

/**
 * One login + extraction at the institution: the daily limit, the persona's scripted failures and
 * then the person's history as of the emulator's today.
 */
export function queryInstitution(
  emu: Emulator,
  institution: InstitutionName,
  curp: string,
): InstitutionAnswer {
  spendDailyQuery(emu, institution, curp);
  const behaviour = personaByCurp(curp)?.behaviour ?? "data";
  if (behaviour === "curp_not_found") throw errors.loginError(IMSS_MESSAGES.curpNotFound);
  if (behaviour === "nss_mismatch") throw errors.invalidCredentials(IMSS_MESSAGES.nssMismatch);
  if (behaviour === "institution_down") throw errors.institutionDown();
  const anchor = emu.state.firstSeen[curp] ?? emu.today();
  const sector = sectorOf(institution);
  const person = personFor(curp, sector, anchor);
  const view = viewCareer(person.career, emu.today());
  if (sector === "imss" && view.jobs.length === 0) throw errors.loginError(IMSS_MESSAGES.noNss);
  return { person, view };
}

/** The same answer without spending a query: used for refresh diffs and metrics. */
export function peekInstitution(
  emu: Emulator,
  institution: InstitutionName,
  curp: string,
  today = emu.today(),
): InstitutionAnswer {
  const anchor = emu.state.firstSeen[curp] ?? emu.today();
  const person = personFor(curp, sectorOf(institution), anchor);
  return { person, view: viewCareer(person.career, today) };
}
