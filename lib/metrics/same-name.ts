/** Compares names ignoring case, accents and spacing: "NUÑEZ" and "Núñez" are the same person. */
export function sameName(a: string, b: string): boolean {
  const key = (name: string) =>
    name
      .normalize("NFD")
      .replace(/\p{Diacritic}/gu, "")
      .replace(/\s+/g, " ")
      .trim()
      .toUpperCase();
  return key(a) === key(b);
}
