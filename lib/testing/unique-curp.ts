/**
 * A valid CURP that no other test uses, for a working-age adult (born 1970–1994), whom the
 * emulator gives a generated IMSS career. Cotiza and the emulator count institution queries per
 * CURP (3 a day), so tests that shared one would spend each other's queries.
 */
export function uniqueCurp(): string {
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  const pick = (n: number) =>
    Array.from({ length: n }, () => letters[Math.floor(Math.random() * 26)]).join("");
  const two = (min: number, max: number) =>
    String(min + Math.floor(Math.random() * (max - min + 1))).padStart(2, "0");
  return `${pick(4)}${two(70, 94)}${two(1, 12)}${two(1, 28)}${pick(6)}0${Math.floor(Math.random() * 10)}`;
}
