// Offline checks of a CURP's structure (RENAPO), so a CURP that cannot exist never spends one of
// the applicant's IMSS queries. Pure: shared by the browser form, the server and the emulator.

/** The shape Belvo itself checks (it accepts the documented sandbox CURP, month 13). */
export const CURP_SHAPE = /^[A-Z]{4}[0-9]{6}[A-Z]{6}[A-Z0-9]{2}$/;

const CURP_ALPHABET = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";

/** RENAPO's state codes (positions 12–13): the 32 states, plus NE (born abroad). */
export const CURP_STATES = [
  "AS", "BC", "BS", "CC", "CL", "CM", "CS", "CH", "DF", "DG", "GT", "GR", "HG", "JC", "MC", "MN",
  "MS", "NT", "NL", "OC", "PL", "QT", "QR", "SP", "SL", "SR", "TC", "TS", "TL", "VZ", "YN", "ZS",
  "NE",
] as const; // prettier-ignore

/** H (hombre), M (mujer) and X (non-binary, issued since 2022). */
export const CURP_SEXES = ["H", "M", "X"] as const;

/** RENAPO's check digit: weights 18..2 over the first 17 characters, then (10 - sum mod 10) mod 10. */
export function curpCheckDigit(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += CURP_ALPHABET.indexOf(first17.charAt(i)) * (18 - i);
  return String((10 - (sum % 10)) % 10);
}

/** The birth date (YYYY-MM-DD) a well-shaped CURP states, or null when that day does not exist. */
export function curpBirthDate(curp: string): string | null {
  const [yy, mm, dd] = [4, 6, 8].map((at) => Number(curp.slice(at, at + 2))) as [
    number,
    number,
    number,
  ];
  // Position 17 (the homoclave) is a digit for people born in the 1900s, a letter from 2000.
  const year = (/[0-9]/.test(curp.charAt(16)) ? 1900 : 2000) + yy;
  const date = new Date(Date.UTC(year, mm - 1, dd));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== mm - 1 || date.getUTCDate() !== dd)
    return null;
  return date.toISOString().slice(0, 10);
}

export type CurpProblem = "shape" | "birthMonth" | "birthDay" | "sex" | "state" | "checkDigit";

/** The first structural problem of a CURP (already trimmed and upper-cased), or null when none. */
export function curpProblem(curp: string): CurpProblem | null {
  if (!CURP_SHAPE.test(curp)) return "shape";
  const month = Number(curp.slice(6, 8));
  if (month < 1 || month > 12) return "birthMonth";
  if (curpBirthDate(curp) === null) return "birthDay";
  if (!(CURP_SEXES as readonly string[]).includes(curp.charAt(10))) return "sex";
  if (!(CURP_STATES as readonly string[]).includes(curp.slice(11, 13))) return "state";
  if (curpCheckDigit(curp.slice(0, 17)) !== curp.charAt(17)) return "checkDigit";
  return null;
}

// Words RENAPO skips in names, and given names it skips when another follows (José Luis → L).
const PARTICLES = new Set(
  "DA DAS DE DEL DER DI DIE DD EL LA LAS LE LES LOS MAC MC VAN VON Y".split(" "),
);
const COMMON_GIVEN = new Set(["JOSE", "J", "MARIA", "MA", "M"]);

function plain(word: string): string {
  return word
    .toUpperCase()
    .replace(/Ñ/g, "X")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Z]/g, "");
}

function initials(given: string[], first: string | undefined, second: string | undefined) {
  if (!first || given.length === 0) return null;
  const name = given.length > 1 && COMMON_GIVEN.has(given[0]!) ? given[1]! : given[0]!;
  const vowel = /[AEIOU]/.exec(first.slice(1))?.[0] ?? "X";
  return `${first.charAt(0)}${vowel}${second ? second.charAt(0) : "X"}${name.charAt(0)}`;
}

/**
 * Whether the CURP's first four letters can belong to the name as typed in Cotiza ("given names
 * surname1 surname2"). Tolerant: any reasonable split of the name counts, and RENAPO's replacement
 * of rude words (second letter → X) is accepted. A mismatch is a warning, never a refusal.
 */
export function curpMatchesName(curp: string, name: string): boolean {
  const words = name
    .split(/\s+/)
    .map(plain)
    .filter((word) => word && !PARTICLES.has(word));
  if (words.length < 2 || !CURP_SHAPE.test(curp)) return true; // nothing to compare
  const candidates = [
    initials(words.slice(0, -2), words.at(-2), words.at(-1)), // given… surname1 surname2
    initials(words.slice(0, -1), words.at(-1), undefined), // given… surname1
  ];
  const letters = curp.slice(0, 4);
  return candidates.some(
    (expected) =>
      expected !== null &&
      (expected === letters || `${expected.charAt(0)}X${expected.slice(2)}` === letters),
  );
}
