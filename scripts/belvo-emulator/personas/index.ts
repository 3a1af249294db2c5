import { ERROR_PERSONAS } from "./error-personas";
import { EMPLOYED_PERSONAS } from "./employed-personas";
import { PORTFOLIO_PERSONAS } from "./portfolio-personas";
import { SIGNAL_PERSONAS } from "./signal-personas";
import { SITUATION_PERSONAS } from "./situation-personas";
import type { Persona } from "./types";

export type {
  Persona,
  PersonaBehaviour,
  PersonaCareer,
  PersonaJob,
  InstitutionName,
} from "./types";
export { SHARED_NSS, SHELL_EMPLOYER } from "./portfolio-personas";

/** Named applicants with fixed CURPs, so tests and demos say `PERSONAS.stable.curp`. */
export const PERSONAS = {
  ...EMPLOYED_PERSONAS,
  ...SITUATION_PERSONAS,
  ...SIGNAL_PERSONAS,
  ...PORTFOLIO_PERSONAS,
  ...ERROR_PERSONAS,
} satisfies Record<string, Persona>;

export type PersonaKey = keyof typeof PERSONAS;

const BY_CURP = new Map<string, Persona>(
  Object.values(PERSONAS).map((persona: Persona) => [persona.curp, persona]),
);

export function personaByCurp(curp: string): Persona | undefined {
  return BY_CURP.get(curp);
}
