import { nssCheckDigit, rfcCheckDigit } from "./identifiers";
import type { Rng } from "./prng";
import { SURNAMES } from "./names";

export type Employer = {
  /** What Belvo prints in `employer`: a company name (IMSS) or "ENTITY;MANAGING ENTITY" (ISSSTE). */
  name: string;
  /** IMSS registro patronal; null for ISSSTE. */
  employerId: string | null;
  /** Company RFC (12 characters); used by current employments. */
  rfc: string;
  /** Work state in IMSS style; null for ISSSTE. */
  state: string | null;
};

const PREFIXES = [
  "Comercializadora",
  "Distribuidora",
  "Servicios Administrativos",
  "Grupo Industrial",
  "Constructora",
  "Transportes",
  "Alimentos",
  "Consultoría",
  "Manufacturas",
  "Logística",
] as const;
const REGIONS = ["del Bajío", "del Pacífico", "del Golfo", "del Norte", "del Sureste"] as const;
const BRANDS = ["Águila Real", "Montaña Azul", "Peñasco", "La Piñata", "Océano", "Tláloc"] as const;
const FORMS = ["S.A. de C.V.", "S. de R.L. de C.V.", "S.A.P.I. de C.V."] as const;

export const WORK_STATES = [
  "CIUDAD DE MEXICO",
  "CIUDAD DE MEXICO",
  "ESTADO DE MEXICO",
  "JALISCO",
  "NUEVO LEON",
  "NUEVO LEON",
  "PUEBLA",
  "GUANAJUATO",
  "QUERETARO",
  "YUCATAN",
  "BAJA CALIFORNIA",
  "VERACRUZ",
] as const;

const ISSSTE_ENTITIES = [
  "SECRETARIA DE EDUCACION PUBLICA (SEP);SECRETARIA DE EDUCACION PUBLICA (SEP)",
  "SECRETARIA DE SALUD (SSA);SERVICIOS DE SALUD DEL ESTADO DE PUEBLA",
  "SECRETARIA DE HACIENDA Y CREDITO PUBLICO (SHCP);SERVICIO DE ADMINISTRACION TRIBUTARIA (SAT)",
  "INSTITUTO NACIONAL ELECTORAL (INE);INSTITUTO NACIONAL ELECTORAL (INE)",
  "SECRETARIA DE EDUCACION PUBLICA (SEP);SERVICIOS EDUCATIVOS INTEGRADOS AL ESTADO DE MEXICO",
  "UNIVERSIDAD AUTONOMA METROPOLITANA (UAM);UNIVERSIDAD AUTONOMA METROPOLITANA (UAM)",
] as const;

function plain(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase()
    .replace(/[^A-Z\s]/g, "");
}

const NOT_COUNTED = new Set([
  "DE",
  "DEL",
  "LA",
  "LAS",
  "LOS",
  "EL",
  "Y",
  "SA",
  "CV",
  "RL",
  "SAPI",
  "SC",
  "S",
  "A",
  "C",
  "V",
  "R",
  "L",
  "P",
  "I",
]);

/** SAT's rule for companies: initials of the first three significant words, then YYMMDD. */
export function companyRfc(rng: Rng, name: string): string {
  const words = plain(name.split(";")[0] ?? name)
    .split(/\s+/)
    .filter((word) => word && !NOT_COUNTED.has(word));
  const [a = "X", b = "X", c = "X"] = words;
  const letters =
    words.length >= 3
      ? `${a[0]}${b[0]}${c[0]}`
      : words.length === 2
        ? `${a[0]}${b.slice(0, 2)}`
        : `${a}XXX`.slice(0, 3);
  const date = `${String(rng.int(90, 99)).padStart(2, "0")}${String(rng.int(1, 12)).padStart(2, "0")}${String(rng.int(1, 28)).padStart(2, "0")}`;
  const homo = `${rng.pick([..."ABCDEFGHJKLMNPRSTUVWXYZ123456789"])}${rng.pick([..."ABCDEFGHJKLMNPRSTUVWXYZ123456789"])}`;
  const body = `${letters.padEnd(3, "X")}${date}${homo}`;
  return `${body}${rfcCheckDigit(body)}`;
}

function registroPatronal(rng: Rng): string {
  const digits = Array.from({ length: 9 }, () => rng.int(0, 9)).join("");
  return `${rng.pick([..."ABCDEFGHJKLMNPRSTUVWXYZ"])}${digits}${nssCheckDigit(`0${digits}`)}`;
}

export function imssEmployer(rng: Rng): Employer {
  const prefix = rng.pick(PREFIXES);
  const style = rng.int(0, 2);
  const core =
    style === 0
      ? `${rng.pick(SURNAMES)} y ${rng.pick(SURNAMES)}`
      : style === 1
        ? rng.pick(REGIONS)
        : rng.pick(BRANDS);
  const name = `${prefix} ${core} ${rng.pick(FORMS)}`;
  return {
    name,
    employerId: registroPatronal(rng),
    rfc: companyRfc(rng, name),
    state: rng.pick(WORK_STATES),
  };
}

export function issteEmployer(rng: Rng): Employer {
  const name = rng.pick(ISSSTE_ENTITIES);
  return { name, employerId: null, rfc: companyRfc(rng, name), state: null };
}
