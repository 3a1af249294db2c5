/** One employer as shown: ISSSTE adds the government agency it belongs to. */
export interface EmployerParts {
  /** The employer itself (for IMSS, the whole field). */
  name: string;
  /** ISSSTE's agency (dependencia), or null when there is none or it repeats the name. */
  agency: string | null;
}

/**
 * Separates an agency from its employer in one-string form. Deliberately not " · " (which joins
 * concurrent employers elsewhere) nor ", " (which joins lists of employers).
 */
export const AGENCY_SEPARATOR = " — ";

/** Same employer whatever the case, accents or spacing ("SEP" and "Sep" are one). */
const same = (a: string, b: string) =>
  a.replace(/\s+/g, " ").localeCompare(b.replace(/\s+/g, " "), "es-MX", { sensitivity: "base" }) ===
  0;

/**
 * ISSSTE reports "agency;employer" in one field; IMSS reports the employer alone. Returns the two
 * halves, with the agency dropped when both halves are the same employer.
 */
export function employerParts(employer: string): EmployerParts {
  const parts: string[] = [];
  for (const part of employer.split(";").map((half) => half.trim()))
    if (part && !parts.some((seen) => same(seen, part))) parts.push(part);
  const [agency, ...rest] = parts;
  if (agency === undefined) return { name: employer.trim() || employer, agency: null };
  if (rest.length === 0) return { name: agency, agency: null };
  return { name: rest.join(AGENCY_SEPARATOR), agency };
}

/**
 * One employer as one string: "agency — employer" for ISSSTE (the agency once when both halves
 * are the same), the name as given otherwise. Idempotent, so an already-labelled name is kept.
 */
export function employerLabel(employer: string): string {
  const { name, agency } = employerParts(employer);
  return agency ? `${agency}${AGENCY_SEPARATOR}${name}` : name;
}
