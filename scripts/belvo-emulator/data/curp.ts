import { isValidDate } from "./dates";

// RENAPO state codes → state names in the upper-case, accent-free style IMSS prints.
export const CURP_STATES: Readonly<Record<string, string>> = {
  AS: "AGUASCALIENTES",
  BC: "BAJA CALIFORNIA",
  BS: "BAJA CALIFORNIA SUR",
  CC: "CAMPECHE",
  CL: "COAHUILA",
  CM: "COLIMA",
  CS: "CHIAPAS",
  CH: "CHIHUAHUA",
  DF: "CIUDAD DE MEXICO",
  DG: "DURANGO",
  GT: "GUANAJUATO",
  GR: "GUERRERO",
  HG: "HIDALGO",
  JC: "JALISCO",
  MC: "ESTADO DE MEXICO",
  MN: "MICHOACAN",
  MS: "MORELOS",
  NT: "NAYARIT",
  NL: "NUEVO LEON",
  OC: "OAXACA",
  PL: "PUEBLA",
  QT: "QUERETARO",
  QR: "QUINTANA ROO",
  SP: "SAN LUIS POTOSI",
  SL: "SINALOA",
  SR: "SONORA",
  TC: "TABASCO",
  TS: "TAMAULIPAS",
  TL: "TLAXCALA",
  VZ: "VERACRUZ",
  YN: "YUCATAN",
  ZS: "ZACATECAS",
};

export type CurpFacts = {
  /** `YYYY-MM-DD`, or null when the CURP's YYMMDD is not a real date (e.g. Belvo's sandbox CURP). */
  birthDate: string | null;
  /** Year used to age the person even when the full date is invalid. */
  birthYear: number;
  sex: "H" | "M";
  stateName: string | null;
};

/** Century from the 17th character: a digit for births before 2000, a letter from 2000 on. */
export function parseCurp(curp: string): CurpFacts {
  const yy = Number(curp.slice(4, 6));
  const century = /[0-9]/.test(curp.charAt(16)) ? 1900 : 2000;
  const birthYear = century + yy;
  const date = `${birthYear}-${curp.slice(6, 8)}-${curp.slice(8, 10)}`;
  return {
    birthDate: isValidDate(date) ? date : null,
    birthYear,
    sex: curp.charAt(10) === "M" ? "M" : "H",
    stateName: CURP_STATES[curp.slice(11, 13)] ?? null,
  };
}
