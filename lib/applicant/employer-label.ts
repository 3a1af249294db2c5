/**
 * ISSSTE reports "agency;employer" in one field; shown as "agency · employer", or once when both
 * halves are the same.
 */
export function employerLabel(employer: string): string {
  const parts = employer
    .split(";")
    .map((part) => part.trim())
    .filter(Boolean);
  return [...new Set(parts)].join(" · ") || employer;
}
